package org.donorcrm.platform.i18n;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The top bar's language switch: remembers the choice for a year and goes back to the page it was made on. Only
 * a path of this service is followed back (never another site).
 */
@Path("/lang")
@Authenticated
public class LanguageResource {

    @GET
    @Operation(hidden = true) // a screen's link for people, not an API operation
    @Path("/{code}")
    public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
        String language = Languages.code(Languages.of(code));
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(safe(back))).cookie(cookie).build();
    }

    /** A local path ("/gifts?page=2"); anything else ("//evil", "https://…", "/\\evil") is the home page. */
    static String safe(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return "/";
        }
        return back;
    }
}
