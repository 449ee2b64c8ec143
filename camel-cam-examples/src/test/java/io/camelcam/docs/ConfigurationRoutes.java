package io.camelcam.docs;

import org.apache.camel.builder.RouteBuilder;

/** The endpoint sample of docs/configuration.md, as the page shows it (DocsSamplesTest keeps them equal). */
public class ConfigurationRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::endpoints[]
        // endpoints: what differs per route
        from("direct:alerts").to("cam:sendMessage?room=ops&users=oncall@example.com&retryOn=429,503,connect");
        from("timer:nightly?period=24h").to("cam:exportUsers?outputType=iterator");
        // end::endpoints[]
    }
}
