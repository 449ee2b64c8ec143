package io.camelcam.component.binding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.component.CamTestSupport;
import io.camelcam.sandbox.SandboxConferenceRoom;

import static org.assertj.core.api.Assertions.assertThat;

class GetConferenceRoomsBindingTest extends CamTestSupport {

    /** 2019-09-01 01:30 in Tokyo, while it is still August 31 in UTC. */
    static final Clock AUGUST_END_IN_TOKYO = Clock.fixed(Instant.parse("2019-08-31T16:30:00Z"), ZoneId.of("UTC"));

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("augustEnd", AUGUST_END_IN_TOKYO);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:master").to("cam:getConferenceMaster");
                from("direct:legacy").to("cam:getConferenceRooms");
                from("direct:status").to("cam:getConferenceRoomStatus?month=201908");
                from("direct:current").to("cam:getConferenceRoomStatus?month=current&clock=#augustEnd&timeZone=Asia/Tokyo");
                from("direct:next").to("cam:getConferenceRoomStatus?month=next&clock=#augustEnd&timeZone=UTC");
            }
        };
    }

    @Test
    void masterListUnderBothNames() {
        List<?> master = send("direct:master", null).getMessage().getBody(List.class);
        List<?> legacy = send("direct:legacy", null).getMessage().getBody(List.class);

        assertThat(master).isEqualTo(legacy).isNotEmpty().allMatch(ConferenceRoom.class::isInstance);
        assertThat(master).extracting(r -> ((ConferenceRoom) r).id())
                .containsExactlyElementsOf(SANDBOX.sandbox().conferenceRooms().stream().map(SandboxConferenceRoom::id).toList());
    }

}
