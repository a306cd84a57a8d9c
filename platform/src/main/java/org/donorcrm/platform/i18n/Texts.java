package org.donorcrm.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.donorcrm.platform.http.Problem;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Texts for Java code that writes words a user reads (a form's reasons, an error page): in the request's language. */
public final class Texts {

    /** The namespace of each service's bundle of rule reasons ({@code @MessageBundle(RULES)}). */
    public static final String RULES = "rules";

    /** What Qute writes for an expression it cannot resolve (the bundle has no such key) outside strict rendering. */
    private static final String NOT_FOUND = "NOT_FOUND";
    private static final Logger LOG = Logger.getLogger(Texts.class);
    /** One parsed expression per reason key and number of arguments, e.g. {@code {rules:allocationsSum(a0,a1)}}. */
    private static final Map<String, Template> REASONS = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The platform's texts in the language of the request being served. */
    public static Ui ui() {
        return of(Ui.class);
    }

    /** A service's message bundle in the language of the request being served. */
    public static <T> T of(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(Languages.code(Languages.current())));
    }

    /**
     * Why a field was refused, in the language of the request: the reason its code names in the service's
     * {@value #RULES} bundle with its arguments, or the English detail when the error names no code (or the bundle
     * has no such reason, which the service's I18nTest catches).
     */
    public static String reason(Problem.FieldError error) {
        if (error.code() == null) {
            return error.detail();
        }
        try {
            Template template = REASONS.computeIfAbsent(error.code() + "/" + error.args().size(),
                    key -> engine().parse("{" + RULES + ":" + error.code() + "("
                            + IntStream.range(0, error.args().size()).mapToObj(i -> "a" + i)
                            .collect(Collectors.joining(",")) + ")}"));
            TemplateInstance instance = template.instance();
            List<Object> args = error.args();
            for (int i = 0; i < args.size(); i++) {
                instance.data("a" + i, args.get(i));
            }
            String reason = instance.render();
            if (!reason.equals(NOT_FOUND)) {
                return reason;
            }
        } catch (RuntimeException e) {
            LOG.warnf("reason %s of the %s bundle not written (%s)", error.code(), RULES, e.getClass().getSimpleName());
            return error.detail();
        }
        LOG.warnf("no reason %s in the %s bundle; the English detail is shown", error.code(), RULES);
        return error.detail();
    }

    private static Engine engine() {
        return Arc.container().instance(Engine.class).get();
    }
}
