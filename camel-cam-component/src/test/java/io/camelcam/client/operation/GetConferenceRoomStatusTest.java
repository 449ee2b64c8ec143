package io.camelcam.client.operation;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.model.RoomReservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetConferenceRoomStatusTest {

    @Test
    void aMonthOrADayTravelsInTheDateField() {
        assertThat(WireFields.form(new GetConferenceRoomStatus(ReservationPeriod.ofMonth(YearMonth.of(2019, 8)))))
                .containsEntry("date", "201908");
        assertThat(WireFields.form(new GetConferenceRoomStatus(ReservationPeriod.ofDay(LocalDate.of(2019, 8, 31)))))
                .containsEntry("date", "20190831");
    }

    @Test
    void theReservationsAreRead() throws Exception {
        GetConferenceRoomStatus call = new GetConferenceRoomStatus(ReservationPeriod.ofMonth(YearMonth.of(2019, 8)));

        assertThat(call.decode(WireFields.answer("{\"conferenceRoomStatus\":[{\"id\":\"r1\",\"roomId\":\"c1\",\"roomName\":\"A\","
                + "\"title\":\"定例\",\"start\":\"2019-08-01T10:00:00\",\"end\":\"2019-08-01T11:00:00\"}]}")))
                .singleElement().extracting(RoomReservation::id, RoomReservation::title).containsExactly("r1", "定例");
        assertThatThrownBy(() -> new GetConferenceRoomStatus(null)).isInstanceOf(CamValidationException.class);
    }
}
