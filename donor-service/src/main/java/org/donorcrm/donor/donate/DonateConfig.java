package org.donorcrm.donor.donate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The public donation page: amounts, the mandate's creditor, its first collection, and the page's protections. */
@ConfigMapping(prefix = "crm.donate")
public interface DonateConfig {

    /** The smallest amount a donor may give per collection. */
    @WithDefault("1.00")
    BigDecimal minAmount();

    /** The largest amount a donor may give per collection. */
    @WithDefault("10000.00")
    BigDecimal maxAmount();

    /** The amounts offered as choices (the first is chosen beforehand); any other may be typed. */
    @WithDefault("5.00,10.00,25.00,50.00")
    List<BigDecimal> suggestedAmounts();

    /** Where the organisation's privacy statement is. */
    String privacyUrl();

    /** The creditor named in the mandate text (the organisation). */
    String creditorName();

    /** The creditor identifier (incassant-ID) named in the mandate text and the confirmation. */
    String creditorId();

    /** The day of the month the collections run on: a mandate's first collection is the first such day ... */
    @WithDefault("25")
    int collectionDay();

    /** ... at least this many days after the signature (the bank's and the donor's notice). */
    @WithDefault("7")
    int leadDays();

    /** A form sent back sooner than this after it was shown is a robot's: refused without a word. */
    @WithDefault("3s")
    Duration minFillTime();

    /** How long a shown form may be sent back. */
    @WithDefault("2h")
    Duration formValidity();

    /**
     * The key that signs the form's token (its time and the page it belongs to); the same on every replica. Empty:
     * a random key per start (a form shown before a restart is then refused as expired).
     */
    Optional<String> formSecret();

    /** Sign-ups sent from one client address per {@link #addressWindow()}. */
    @WithDefault("10")
    int addressLimit();

    @WithDefault("1m")
    Duration addressWindow();

    /** Sign-ups with one e-mail address per {@link #emailWindow()}. */
    @WithDefault("3")
    int emailLimit();

    @WithDefault("1h")
    Duration emailWindow();

    /** How many addresses and e-mail addresses the rate limits remember at most (the oldest are forgotten). */
    @WithDefault("10000")
    int limiterCapacity();

    /** How often every replica hands the waiting sign-ups to gift-service (the timer of {@link MandateSignups}). */
    @WithDefault("10s")
    Duration retryEvery();

    /** The pause after a failed hand-over to gift-service, doubled every attempt up to {@link #retryMaxPause()}. */
    @WithDefault("30s")
    Duration retryBackoff();

    @WithDefault("1h")
    Duration retryMaxPause();
}
