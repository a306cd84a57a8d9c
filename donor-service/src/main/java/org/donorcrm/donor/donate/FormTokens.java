package org.donorcrm.donor.donate;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The donation form's token: the moment the form was shown and the page it belongs to, signed with HMAC-SHA256
 * ({@code crm.donate.form-secret}). It is the form's CSRF token (a form not shown by this service, or shown for
 * another page, or older than {@code crm.donate.form-validity}, is refused) and its fill timer (a form sent back
 * sooner than {@code crm.donate.min-fill-time} is a robot's). The page has no session to bind it to; the
 * platform's SameOriginFilter checks the post's origin besides.
 */
@ApplicationScoped
public class FormTokens {

    /** What a token says about the form it came with. */
    public enum Verdict {
        GOOD,
        TOO_FAST,
        INVALID
    }

    private final byte[] key;
    private final DonateConfig config;
    private final Clock clock;

    public FormTokens(DonateConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
        this.key = config.formSecret().filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    /** A token for the form of this page, shown now. */
    public String issue(String page) {
        String shown = Long.toString(clock.millis());
        return shown + "." + sign(shown, page);
    }

    public Verdict check(String token, String page) {
        if (token == null) {
            return Verdict.INVALID;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Verdict.INVALID;
        }
        String shown = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!shown.matches("\\d{1,15}")
                || !MessageDigest.isEqual(given, sign(shown, page).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Duration age = Duration.ofMillis(clock.millis() - Long.parseLong(shown));
        if (age.isNegative() || age.compareTo(config.formValidity()) > 0) {
            return Verdict.INVALID;
        }
        return age.compareTo(config.minFillTime()) < 0 ? Verdict.TOO_FAST : Verdict.GOOD;
    }

    private String sign(String shown, String page) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((shown + "|" + page).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
