package io.camelcam.docs.testing;

// tag::route[]
import org.apache.camel.builder.RouteBuilder;

/** The user's route under test. */
public class OrderAlertRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:order-failed").routeId("order-alerts")
            .setBody(simple("Order ${header.orderId} failed: ${body}"))
            .to("cam:sendMessage?room=ops");
    }
}
// end::route[]
