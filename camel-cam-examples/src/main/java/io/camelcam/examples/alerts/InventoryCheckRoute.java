package io.camelcam.examples.alerts;

import org.apache.camel.builder.RouteBuilder;

/**
 * Polls an inventory service every {@code inventory-check.period}. When it cannot be reached, or
 * answers with an error, {@link OpsAlertRoute} posts an alert to the ops room. Off unless
 * {@code inventory-check.enabled}: the default URL is a port where nothing listens, which is
 * exactly what the demo wants to show.
 */
public class InventoryCheckRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("timer:inventory-check?period={{inventory-check.period}}")
                .routeId("inventory-check")
                .routeConfigurationId(OpsAlertRoute.CONFIGURATION_ID)
                .autoStartup("{{inventory-check.enabled}}")
                .to("{{inventory-check.url}}")
                .log("Inventory service answered HTTP ${header.CamelHttpResponseCode}");
        // end::route[]
    }
}
