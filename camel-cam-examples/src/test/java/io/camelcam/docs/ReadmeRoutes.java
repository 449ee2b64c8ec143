package io.camelcam.docs;

import org.apache.camel.builder.RouteBuilder;

/** The routes of the README's "Use it", as the README shows them (DocsSamplesTest keeps them equal). */
public class ReadmeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::use-it[]
        from("file:{{app.inbox}}?move=.done&moveFailed=.error")
            .to("cam:sendMessage?room=ops");

        from("jms:queue:alerts")
            .to("cam:sendMessage?room=ops&users=oncall@example.com");

        // one exchange per reservation created, changed or cancelled since the last poll;
        // the reservation reaches the queue as JSON
        from("cam:getConferenceRoomStatus?month=current&delay={{app.poll-delay}}&stateFile={{app.state-file}}")
            .to("jms:queue:reservations");
        // end::use-it[]
    }
}
