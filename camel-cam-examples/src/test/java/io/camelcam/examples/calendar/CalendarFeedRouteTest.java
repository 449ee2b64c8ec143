package io.camelcam.examples.calendar;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

import io.camelcam.examples.RunningExamples;
import io.camelcam.examples.schedule.ScheduleSyncRoute;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The calendar feed, fetched over HTTP and read with ical4j as a calendar program would. */
class CalendarFeedRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    static final Clock NOON_IN_TOKYO = Clock.fixed(Instant.parse("2026-03-10T03:00:00Z"), ZoneId.of("UTC"));
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String TITLE = "設計レビュー, 第2回; \"final\" — a title long enough that its line must be folded";

    @TempDir
    Path workDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void createUpdateAndCancelReplaceTheEventOfTheSameUid(CamSandbox sandbox) throws Exception {
        LocalDateTime two = LocalDateTime.of(2026, 3, 10, 14, 0);
        sandbox.putReservation(new SandboxReservation("R-1", "CR001", "会議室A", TITLE, two, two.plusHours(1), "alice", null));
        try (RunningExamples examples = start(sandbox)) {
            String url = "http://localhost:" + examples.property("camel.server.port") + "/calendar/rooms.ics";

            await().untilAsserted(() -> assertThat(ours(events(url))).singleElement().satisfies(event -> {
                assertThat(value(event, Property.UID)).isEqualTo("R-1@camel-cam");
                assertThat(value(event, Property.SUMMARY)).isEqualTo(TITLE);
                assertThat(value(event, Property.LOCATION)).isEqualTo("会議室A");
                assertThat(start(event)).isEqualTo(two.atZone(TOKYO));
            }));

            sandbox.putReservation(new SandboxReservation("R-1", "CR001", "会議室A", TITLE, two.plusHours(2),
                    two.plusHours(3), "alice", null));
            await().untilAsserted(() -> assertThat(ours(events(url))).singleElement()
                    .satisfies(event -> assertThat(start(event)).isEqualTo(two.plusHours(2).atZone(TOKYO))));

            sandbox.cancelReservation("R-1");
            await().untilAsserted(() -> assertThat(ours(events(url))).isEmpty());
            assertThat(events(url)).isNotEmpty();
        }
    }

    @Test
    void aRoomsCalendarHasItsReservationsWithTheTimeZoneAndUtf8(CamSandbox sandbox) throws Exception {
        LocalDateTime nine = LocalDateTime.of(2026, 3, 11, 9, 0);
        sandbox.putReservation(new SandboxReservation("R-A", "CR001", "会議室A", "朝会", nine, nine.plusMinutes(15), "alice", null));
        sandbox.putReservation(new SandboxReservation("R-B", "CR002", "会議室B", "1on1", nine, nine.plusHours(1), "bob", null));
        try (RunningExamples examples = start(sandbox)) {
            String base = "http://localhost:" + examples.property("camel.server.port") + "/calendar/rooms/";

            await().untilAsserted(() -> assertThat(ours(events(base + "CR001.ics"))).singleElement()
                    .satisfies(event -> assertThat(value(event, Property.SUMMARY)).isEqualTo("朝会")));
            assertThat(events(base + "CR001.ics")).allSatisfy(event -> assertThat(value(event, Property.LOCATION)).isEqualTo("会議室A"));
            HttpResponse<String> response = get(base + "CR001.ics");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
            assertThat(response.body()).contains("\r\n").doesNotContain("\n\n");
            assertThat(response.body().split("\r\n")).allSatisfy(
                    line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
            Calendar calendar = parse(response.body());
            List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
            assertThat(zones).singleElement().satisfies(zone -> {
                assertThat(value(zone, Property.TZID)).isEqualTo("Asia/Tokyo");
                assertThat(zone.getObservances()).isNotEmpty().allSatisfy(observance -> assertThat(
                        observance.getProperty(Property.TZOFFSETTO).map(Property::getValue)).hasValue("+0900"));
            });
            assertThat(get(base + "CR009.ics").body()).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
            assertThat(get(base + "CR001").statusCode()).isEqualTo(404);
        }
    }

    private RunningExamples start(CamSandbox sandbox) throws Exception {
        return RunningExamples.start(sandbox, workDir, Map.of(
                "camel.main.route-filter-include-pattern", "calendar-feed*",
                "calendar-feed.delay", "100ms"),
                Map.of(ScheduleSyncRoute.CLOCK_BEAN, NOON_IN_TOKYO));
    }

    private List<VEvent> events(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(response.body()).getComponents(VEvent.VEVENT);
    }

    /** The events of this test's reservations (ids R-…), not the sandbox's seeded ones. */
    private static List<VEvent> ours(List<VEvent> events) {
        return events.stream().filter(event -> value(event, Property.UID).startsWith("R-")).toList();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static ZonedDateTime start(VEvent event) {
        DateProperty<?> start = event.getProperty(Property.DTSTART).map(p -> (DateProperty<?>) p).orElseThrow();
        return ZonedDateTime.from(start.getDate());
    }
}
