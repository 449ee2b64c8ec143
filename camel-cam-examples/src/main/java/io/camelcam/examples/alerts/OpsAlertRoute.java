package io.camelcam.examples.alerts;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteDefinition;

import io.camelcam.client.error.CamException;

/**
 * Tells the people concerned when a route fails: a one-line alert in the {@code ops-alert.room}
 * room, mentioning the on-call users ({@code ops-alert.on-call}). A route opts in with
 * {@code .routeConfigurationId("ops-alert")}; {@link InventoryCheckRoute} and the user sync do.
 * With {@code ops-alert.fallback-mail-to} set, an alert CAM refuses or cannot take after the retries
 * is mailed there over SMTP, with CAM's error ({@link AlertMail}).
 */
public class OpsAlertRoute extends RouteConfigurationBuilder {

    public static final String CONFIGURATION_ID = "ops-alert";
    /** Where an alert goes by mail when CAM does not take it; empty: nowhere (the ERROR line in the log remains). */
    public static final String FALLBACK_MAIL_TO = "ops-alert.fallback-mail-to";
    private static final String POST_ALERT =
            "cam:sendMessage?room={{ops-alert.room}}&users={{ops-alert.on-call}}&retryOn=429,503,connect";

    @Override
    public void configuration() {
        // tag::configuration[]
        routeConfiguration(CONFIGURATION_ID)
                .onException(Exception.class)
                    .handled(true)
                    .logExhausted(false)
                    .to("direct:ops-alert");
        // end::configuration[]
    }

    @Override
    public void configure() {
        boolean mailFallback = !getCamelContext().getPropertiesComponent().resolveProperty(FALLBACK_MAIL_TO)
                .orElse("").isBlank();
        if (mailFallback && getCamelContext().getPropertiesComponent().resolveProperty("mail.host").orElse("").isBlank()) {
            throw new IllegalArgumentException(FALLBACK_MAIL_TO + " is set but mail.host is not: the alert mail needs "
                    + "an SMTP server (mail.host, mail.smtp-port)");
        }
        // tag::route[]
        RouteDefinition alerts = from("direct:ops-alert")
                .routeId("ops-alert")
                // the room gets one line; the log keeps the whole stack trace for whoever investigates
                .log(LoggingLevel.ERROR,
                        "${exchangeProperty.CamelFailureRouteId} failed: ${exception.message}\n${exception.stacktrace}")
                .setBody(method(AlertText.class, "describe"));
        if (!mailFallback) {
            // an alert is worth a retry when CAM itself says it is busy or cannot be reached:
            // those answers mean it did not post the alert, so the retry cannot post it twice
            alerts.to(POST_ALERT);
            return;
        }
        alerts.setProperty(AlertMail.FAILED_ROUTE, exchangeProperty(Exchange.FAILURE_ROUTE_ID))
                .doTry()
                    .to(POST_ALERT)
                // CAM refused the alert or stayed unreachable after the retries: the alert goes by mail
                .doCatch(CamException.class)
                    .log(LoggingLevel.WARN, "The alert could not be posted (${exception.message}): mailing it to "
                            + "{{" + FALLBACK_MAIL_TO + "}}")
                    .process(AlertMail::prepare)
                    .to("{{mail.smtp-protocol}}://{{mail.host}}:{{mail.smtp-port}}"
                            + "?from={{ops-alert.fallback-mail-from}}&to={{" + FALLBACK_MAIL_TO + "}}")
                .end();
        // end::route[]
    }
}
