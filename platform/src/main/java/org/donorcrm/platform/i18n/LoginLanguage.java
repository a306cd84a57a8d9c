package org.donorcrm.platform.i18n;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sign-in page speaks the language the person chose in the top bar: every redirect to Keycloak's login asks for
 * it ({@code ui_locales}, OpenID Connect Core 3.1.2.1). Without a choice, Dutch (also the realm's default).
 */
@ApplicationScoped
@Unremovable // looked up by quarkus-oidc only at run time: without this Quarkus drops the bean as unused
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie choice = context.routingContext().request().getCookie(Languages.COOKIE);
        context.additionalQueryParams().add("ui_locales", Languages.code(Languages.of(
                choice == null ? null : choice.getValue())));
    }
}
