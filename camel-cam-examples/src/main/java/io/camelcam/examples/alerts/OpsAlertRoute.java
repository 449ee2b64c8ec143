package io.camelcam.examples.alerts;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Tells the people concerned when a route fails: a one-line alert in the {@code ops-alert.room}
 * room, mentioning the on-call users ({@code ops-alert.on-call}). A route opts in with
 * {@code .routeConfigurationId("ops-alert")}; {@link InventoryCheckRoute} and the user sync do.
 */
// tag::route[]
public class OpsAlertRoute extends RouteConfigurationBuilder {

    public static final String CONFIGURATION_ID = "ops-alert";

    @Override
    public void configuration() {
        routeConfiguration(CONFIGURATION_ID)
                .onException(Exception.class)
                    .handled(true)
                    .logExhausted(false)
                    .to("direct:ops-alert");
    }

    @Override
    public void configure() {
        from("direct:ops-alert")
                .routeId("ops-alert")
                // the room gets one line; the log keeps the whole stack trace for whoever investigates
                .log(LoggingLevel.ERROR,
                        "${exchangeProperty.CamelFailureRouteId} failed: ${exception.message}\n${exception.stacktrace}")
                .setBody(method(AlertText.class, "describe"))
                // an alert is worth a retry when CAM itself says it is busy or cannot be reached:
                // those answers mean it did not post the alert, so the retry cannot post it twice
                .to("cam:sendMessage?room={{ops-alert.room}}&users={{ops-alert.on-call}}&retryOn=429,503,connect");
    }
}
// end::route[]
