package io.camelcam.component.binding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;

import static org.assertj.core.api.Assertions.assertThat;

class GetConferenceRoomStatusBindingTest extends CamTestSupport {

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
    void reservationsOfAMonthOrADay() {
        Exchange month = send("direct:status", null);
        @SuppressWarnings("unchecked")
        List<RoomReservation> all = month.getMessage().getBody(List.class);

        assertThat(month.getMessage().getHeader(CamConstants.MONTH)).isEqualTo("201908");
        assertThat(all).hasSize(SANDBOX.sandbox().reservations(YearMonth.of(2019, 8)).size()).isNotEmpty();
        assertThat(all).allSatisfy(r -> assertThat(YearMonth.from(r.start())).isEqualTo(YearMonth.of(2019, 8)));

        LocalDate day = all.get(0).start().toLocalDate();
        Exchange oneDay = send("direct:status", null, CamConstants.MONTH, day.toString().replace("-", ""));
        @SuppressWarnings("unchecked")
        List<RoomReservation> ofDay = oneDay.getMessage().getBody(List.class);
        assertThat(ofDay).isNotEmpty().allSatisfy(r -> assertThat(r.start().toLocalDate()).isEqualTo(day));
    }

    @Test
    void currentAndNextFollowTheClockInTheTimeZone() {
        assertThat(send("direct:current", null).getMessage().getHeader(CamConstants.MONTH)).isEqualTo("201909");
        assertThat(send("direct:next", null).getMessage().getHeader(CamConstants.MONTH)).isEqualTo("201909");
    }

    @Test
    void malformedMonthIsRefusedBeforeSending() {
        for (String bad : List.of("2019-13", "abc", "201913", "20190230", "")) {
            Exchange out = send("direct:status", null, CamConstants.MONTH, bad);
            assertThat(out.getException()).as(bad).isInstanceOf(CamValidationException.class)
                    .hasMessageContaining(CamConstants.MONTH);
        }
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }
}
