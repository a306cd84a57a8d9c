import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard left open during the rolling-restart test (deploy/crash/rolling), as a browser keeps it: signs in on
 * reporting-service's dashboard through Keycloak's login form, then listens to the dashboard's live stream
 * ({@code /events/figures}) and writes one line per "figures" event (the time in ms) to the output file. When the
 * stream breaks (its instance restarts) it reconnects with the same session cookie; a session that is no longer
 * accepted (a redirect to the login form) is written as {@code SESSION-LOST}. Runs until killed.
 *
 * <pre>
 *   java DashboardWatch.java &lt;dashboard url&gt; &lt;user&gt; &lt;password&gt; &lt;output file&gt;
 * </pre>
 */
public class DashboardWatch {

    private static final Pattern LOGIN_FORM = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java DashboardWatch.java <dashboard url> <user> <password> <output file>");
            System.exit(2);
        }
        String page = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path out = Path.of(args[3]);
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.ALWAYS).cookieHandler(loopbackCookies())
                .connectTimeout(Duration.ofSeconds(5)).build();
        login(browser, page, args[1], args[2]);
        write(out, "SIGNED-IN " + System.currentTimeMillis());
        while (true) {
            try {
                HttpResponse<InputStream> stream = browser.send(HttpRequest.newBuilder(URI.create(page
                                + "events/figures")).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (stream.statusCode() != 200 || stream.uri().toString().contains("/realms/")) {
                    stream.body().close();
                    write(out, (stream.uri().toString().contains("/realms/") ? "SESSION-LOST " : "STATUS-"
                            + stream.statusCode() + " ") + System.currentTimeMillis());
                    Thread.sleep(1000);
                    continue;
                }
                write(out, "CONNECTED " + System.currentTimeMillis());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.equals("event:figures") || line.equals("event: figures")) {
                            write(out, "FIGURES " + System.currentTimeMillis());
                        }
                    }
                }
            } catch (IOException e) {
                // the instance is restarting: try again
            }
            write(out, "DISCONNECTED " + System.currentTimeMillis());
            Thread.sleep(1000);
        }
    }

    static void login(HttpClient browser, String page, String user, String password) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = LOGIN_FORM.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no Keycloak login form at " + form.uri() + " (HTTP " + form.statusCode() + ")");
        }
        String action = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || after.uri().toString().contains("/realms/")) {
            throw new IllegalStateException("login did not reach the dashboard: HTTP " + after.statusCode() + " at "
                    + after.uri());
        }
    }

    static synchronized void write(Path out, String line) throws IOException {
        Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: Keycloak marks its login-session cookies Secure, which a
     * browser still sends to a loopback address but java.net.CookieManager only over https; the Secure attribute is
     * dropped for loopback hosts only.
     */
    static CookieHandler loopbackCookies() {
        CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return manager.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
                Map<String, List<String>> kept = new HashMap<>();
                headers.forEach((name, values) -> kept.put(name, loopback && name != null
                        && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure\\s*(?=;|$)", "")).toList()
                        : values));
                manager.put(uri, kept);
            }
        };
    }
}
