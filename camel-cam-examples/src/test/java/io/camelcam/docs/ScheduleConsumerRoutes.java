package io.camelcam.docs;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.camelcam.component.api.CamConstants;

/**
 * The consumer routes of docs/schedule-consumer.md and docs/cam-component.adoc, as the pages show them
 * (DocsSamplesTest keeps them equal); ScheduleConsumerSamplesTest runs them against the sandbox.
 */
public class ScheduleConsumerRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::watch[]
        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&delay=60s"
                + "&stateFile={{myapp.state-dir}}/cam-reservations.json")
            .log("${header.CamelCamChangeType} ${header.CamelCamReservationId}: ${body.title}");
        // end::watch[]

        // tag::to-jms[]
        JacksonDataFormat json = new JacksonDataFormat();
        json.setModuleClassNames("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");
        json.disableFeature(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS); // "2026-11-30T19:00:00", not numbers

        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&delay=60s"
                + "&stateFile={{myapp.state-dir}}/cam-to-jms.json")
            // camel-jms does not send headers named Camel*: give the receiver its own
            .setHeader("changeType", header(CamConstants.CHANGE_TYPE))
            .setHeader("reservationId", header(CamConstants.RESERVATION_ID))
            .marshal(json)   // {"id":"R202611-0042","roomId":"CR003",…,"start":"2026-11-30T19:00:00",…}
            .to("jms:queue:cam.reservations");
        // end::to-jms[]

        // tag::to-chat[]
        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&delay=60s"
                + "&stateFile={{myapp.state-dir}}/cam-announcements.json")
            .routeId("bookings-to-chat")
            .setBody(simple("${header.CamelCamChangeType}: ${body.title}, ${body.roomName}, ${body.start}"))
            .to("cam:sendMessage?room=facilities");
        // end::to-chat[]

        // tag::moves[]
        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&delay=60s"
                + "&stateFile={{myapp.state-dir}}/cam-moves.json")
            .filter(simple("${header.CamelCamChangeType} == 'UPDATED' && ${header.CamelCamPrevious.start} != ${body.start}"))
            .setBody(simple("${body.title} moved from ${header.CamelCamPrevious.start} to ${body.start}"))
            .to("cam:sendMessage?room=facilities");
        // end::moves[]

        // tag::rooms[]
        from("cam:getConferenceMaster?delay=1h&stateFile={{myapp.state-dir}}/cam-rooms.json")
            .log("${header.CamelCamChangeType} room ${header.CamelCamConferenceRoomId}: ${body.name}");
        // end::rooms[]
    }
}
