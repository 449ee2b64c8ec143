package io.camelcam.sandbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.MutableClock;

import static io.camelcam.sandbox.RawHttpClient.get;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code getConferenceRoomStatus}: the reservations of a month or a day, generated and changed through the Java API. */
class GetConferenceRoomStatusTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-05T03:04:05Z"));

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder().clock(CLOCK).build();

    private static JsonNode status(String date) {
        RawHttpClient.Answer answer = post(SANDBOX.sandbox(), "getConferenceRoomStatus", SANDBOX.userToken(), "date", date);
        assertThat(answer.camStatus()).isEqualTo(200);
        return answer.json().path("conferenceRoomStatus");
    }

    @Test
    void generatesAMonthDeterministicallyOnWeekdaysSortedByStart() {
        JsonNode month = status("202611");
        assertThat(month).isNotEmpty();
        List<String> starts = new ArrayList<>();
        for (JsonNode r : month) {
            assertThat(r.path("id").asText()).matches("R202611-\\d{4}");
            assertThat(r.path("updatedAt").asText()).isEqualTo("2026-10-31T15:00:00Z");
            LocalDateTime start = LocalDateTime.parse(r.path("start").asText());
            LocalDateTime end = LocalDateTime.parse(r.path("end").asText());
            assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(start.getHour()).isBetween(9, 17);
            assertThat(end).isAfter(start);
            assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.of(18, 0));
            assertThat(r.path("start").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
            starts.add(r.path("start").asText() + " " + r.path("id").asText());
        }
        assertThat(starts).isSorted();

        try (CamSandbox other = CamSandbox.builder().start()) {
            assertThat(other.reservations(YearMonth.of(2026, 11))).isEqualTo(SANDBOX.sandbox().reservations(YearMonth.of(2026, 11)));
        }
    }

    @Test
    void aDayListsTheReservationsOverlappingIt() {
        JsonNode day = status("20261102");
        assertThat(day).isNotEmpty();
        day.forEach(r -> assertThat(r.path("start").asText()).startsWith("2026-11-02"));
        assertThat(status("20261107")).as("a Saturday").isEmpty();
        assertThat(get(SANDBOX.sandbox(), "/getConferenceRoomStatus?date=20261102", SANDBOX.userToken()).json()
                .path("conferenceRoomStatus")).isEqualTo(day);
    }

    @Test
    void changesMadeThroughTheJavaApiAreServed() {
        YearMonth november = YearMonth.of(2026, 11);
        SandboxReservation first = SANDBOX.sandbox().reservations(november).get(0);
        SandboxReservation moved = SANDBOX.sandbox().putReservation(new SandboxReservation(first.id(), first.roomId(), null,
                "Moved", LocalDateTime.of(2026, 11, 30, 16, 0), LocalDateTime.of(2026, 11, 30, 17, 30), first.userId(), null));
        assertThat(moved.updatedAt()).isEqualTo(CLOCK.instant());
        assertThat(moved.roomName()).isEqualTo(first.roomName());

        SandboxReservation added = SANDBOX.sandbox().putReservation(new SandboxReservation(null, "CR003", null,
                "All hands", LocalDateTime.of(2026, 11, 28, 10, 0), LocalDateTime.of(2026, 11, 28, 12, 0), null, null));
        assertThat(added.id()).matches("R202611-\\d{4}");
        assertThat(added.roomName()).isEqualTo("大会議室");

        assertThat(status("20261130")).filteredOn(r -> r.path("id").asText().equals(first.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.path("title").asText()).isEqualTo("Moved");
                    assertThat(r.path("start").asText()).isEqualTo("2026-11-30T16:00:00");
                    assertThat(r.path("updatedAt").asText()).isEqualTo("2026-11-05T03:04:05Z");
                });
        assertThat(status("202611")).noneMatch(r -> r.path("id").asText().equals(first.id())
                && r.path("start").asText().equals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(first.start())));
        assertThat(status("20261128")).singleElement().satisfies(r -> assertThat(r.path("title").asText()).isEqualTo("All hands"));

        assertThat(SANDBOX.sandbox().cancelReservation(added.id())).isTrue();
        assertThat(SANDBOX.sandbox().cancelReservation(added.id())).isFalse();
        assertThat(status("20261128")).isEmpty();

        String untouched = SANDBOX.sandbox().reservations(YearMonth.of(2027, 2)).get(0).id();
        assertThat(SANDBOX.sandbox().cancelReservation(untouched)).as("a month never read before").isTrue();
        assertThat(SANDBOX.sandbox().reservations(YearMonth.of(2027, 2))).extracting(SandboxReservation::id).doesNotContain(untouched);

        SANDBOX.sandbox().reset();
        assertThat(SANDBOX.sandbox().reservations(november).get(0)).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20191301", "201913", "20190230", "000001", "00000101"})
    void refusesDatesThatDoNotExist(String date) {
        assertThat(post(SANDBOX.sandbox(), "getConferenceRoomStatus", SANDBOX.userToken(), "date", date).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: date: '" + date + "' is not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "abc", "201902 30", "2019081", "2019-08-01", "２０１９０８"})
    void refusesOtherDateShapes(String date) {
        assertThat(post(SANDBOX.sandbox(), "getConferenceRoomStatus", SANDBOX.userToken(), "date", date).errorMessages().get(0))
                .startsWith("SC_INVALID_PARAMETER: date: expected yyyyMM or yyyyMMdd");
    }

    @Test
    void requiresADate() {
        assertThat(post(SANDBOX.sandbox(), "getConferenceRoomStatus", SANDBOX.userToken()).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: date: missing");
    }
}
