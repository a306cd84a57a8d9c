package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Settings.env;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stack under test: its addresses, credentials and pieces. deploy/benchmark/run starts its own stack (ports
 * shifted by 10000) and passes them; the defaults are those of the default local stack.
 */
final class Stack {

    static final String OIDC = env("CRM_OIDC_URL", "http://127.0.0.1:8180/realms/donor-crm");
    static final String DONOR = env("CRM_DONOR_URL", "http://127.0.0.1:8081");
    static final String GIFT = env("CRM_GIFT_URL", "http://127.0.0.1:8082");
    static final String CAMPAIGN = env("CRM_CAMPAIGN_URL", "http://127.0.0.1:8083");
    static final String REPORTING = env("CRM_REPORTING_URL", "http://127.0.0.1:8084");
    static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    static final String DB = env("CRM_DB_BASE_URL", "jdbc:mysql://127.0.0.1:3306");
    static final String DB_USER = env("CRM_DB_USER", "crm");
    static final String DB_PASSWORD = env("CRM_DB_PASSWORD", "crm");
    /** deploy/local/up's state directory: pids/ of every piece, kafka/data of the broker. */
    static final Path STATE = Path.of(env("CRM_STATE_DIR", ".bench"));
    /** The demo users' password (finance, director, fundraiser, admin). */
    static final String PASSWORD = env("CRM_DEMO_PASSWORD", "demo");
    /** The Keycloak client of the password grant. */
    static final String CLI_CLIENT = env("CRM_CLI_CLIENT_ID", "crm-cli");

    static final String[] SERVICES = {"donor-service", "gift-service", "campaign-service", "reporting-service"};
    static final String[] ENGINES = {"mariadb", "kafka", "keycloak"};

    private Stack() {
    }

    /** The services, then the engines: each runs as one process group with a pid file in STATE/pids. */
    static List<String> pieces() {
        List<String> all = new ArrayList<>(Arrays.asList(SERVICES));
        all.addAll(Arrays.asList(ENGINES));
        return all;
    }

    static boolean isService(String piece) {
        return Arrays.asList(SERVICES).contains(piece);
    }

    /** The heap setting a service was started with (deploy/local/up: SERVICE_HEAP, GIFT_SERVICE_HEAP). */
    static String heapOf(String service) {
        return "gift-service".equals(service) ? env("GIFT_SERVICE_HEAP", "-Xmx384m") : env("SERVICE_HEAP", "-Xmx256m");
    }
}
