package org.donorcrm.platform.i18n;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every template renders in the language of the request it answers, messages and formats alike. */
@ApplicationScoped
public class LanguageInitializer {

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(instance -> instance.setLocale(Languages.current()));
    }
}
