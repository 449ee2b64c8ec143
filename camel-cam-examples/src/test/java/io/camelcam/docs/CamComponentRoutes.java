package io.camelcam.docs;

import org.apache.camel.builder.RouteBuilder;

/** The batching route of docs/cam-component.adoc, as the page shows it (DocsSamplesTest keeps them equal). */
public class CamComponentRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::batching[]
        from("jms:queue:notifications?concurrentConsumers=50")
            .to("cam:sendMessage?room=ops&batchSize=50&batchTimeout=50ms");
        // end::batching[]
    }
}
