package io.camelcam.docs;

import org.apache.camel.builder.RouteBuilder;

/** The Java routes of docs/cam-component.adoc, as the page shows them (DocsSamplesTest keeps them equal). */
public class CamComponentRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::batching[]
        from("jms:queue:notifications?concurrentConsumers=50")
            .to("cam:sendMessage?room=ops&batchSize=50&batchTimeout=50ms");
        // end::batching[]

        // tag::export-users[]
        from("timer:nightly?period=24h")
            .to("cam:exportUsers?outputType=iterator")
            .split(body()).streaming()
                .to("jms:queue:users");
        // end::export-users[]

        // tag::conference-master[]
        from("timer:rooms?period=1h").to("cam:getConferenceMaster").split(body()).to("jms:queue:rooms");
        // end::conference-master[]

        // tag::room-status[]
        from("timer:schedule?period=15m")
            .to("cam:getConferenceRoomStatus?month=current&timeZone=Asia/Tokyo")
            .split(body())
            .to("jms:queue:reservations");
        // end::room-status[]
    }
}
