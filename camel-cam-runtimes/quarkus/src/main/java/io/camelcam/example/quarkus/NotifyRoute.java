package io.camelcam.example.quarkus;

import org.apache.camel.builder.RouteBuilder;

/** Posts what arrives on {@code direct:notify} to the CAM room named by {@code cam.room}. */
public class NotifyRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:notify").routeId("notify")
                .to("cam:sendMessage?room={{cam.room}}");
    }
}
