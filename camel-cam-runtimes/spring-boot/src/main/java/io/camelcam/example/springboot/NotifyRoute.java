package io.camelcam.example.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** One message per exchange to the room named by {@code cam.room}. */
@Component
public class NotifyRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:notify").routeId("notify")
                .to("cam:sendMessage?room={{cam.room}}");
    }
}
