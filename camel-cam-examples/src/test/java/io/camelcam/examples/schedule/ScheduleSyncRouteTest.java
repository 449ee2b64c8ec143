package io.camelcam.examples.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reservation changes reach the feed file; those touching today are announced; a restart misses nothing. */
class ScheduleSyncRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** 10 March 2026, noon in Tokyo: "today" is the 10th, the months watched are March and April. */
    static final Clock NOON_IN_TOKYO = Clock.fixed(Instant.parse("2026-03-10T03:00:00Z"), ZoneId.of("UTC"));
    static final LocalDateTime TODAY_2PM = LocalDateTime.of(2026, 3, 10, 14, 0);

    @TempDir
    Path workDir;

    private RunningExamples start(CamSandbox sandbox) throws Exception {
        return RunningExamples.start(sandbox, workDir, Map.of("schedule-sync.delay", "100ms"),
                Map.of(ScheduleSyncRoute.CLOCK_BEAN, NOON_IN_TOKYO));
    }

    private static SandboxReservation reservation(String id, String title, LocalDateTime start) {
        return new SandboxReservation(id, "CR001", "会議室A", title, start, start.plusHours(1), "alice", null);
    }

    private static long statusRequests(CamSandbox sandbox) {
        return sandbox.requests().stream().filter(r -> "getConferenceRoomStatus".equals(r.operation())).count();
    }

    private List<CSVRecord> feed() throws Exception {
        Path file = workDir.resolve("schedule/reservation-changes.csv");
        if (!Files.exists(file)) {
            return List.of();
        }
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
    }

    private static List<String> announcements(CamSandbox sandbox) {
        return sandbox.messagesIn("general").stream().map(ReceivedMessage::text).toList();
    }

    @Test
    void changesGoToTheFeedAndTodaysAreAnnounced(CamSandbox sandbox) throws Exception {
        try (RunningExamples examples = start(sandbox)) {
            // the first poll takes what exists as the baseline: nothing is emitted for it
            await().until(() -> statusRequests(sandbox) >= 4);
            assertThat(feed()).isEmpty();

            sandbox.putReservation(reservation("R-T1", "Design review", TODAY_2PM));
            sandbox.putReservation(reservation("R-N1", "Next week's planning", TODAY_2PM.plusDays(7)));
            await().untilAsserted(() -> assertThat(feed()).hasSize(2));

            sandbox.putReservation(reservation("R-T1", "Design review", TODAY_2PM.plusHours(2)));
            await().untilAsserted(() -> assertThat(feed()).hasSize(3));
            sandbox.cancelReservation("R-T1");
            await().untilAsserted(() -> assertThat(feed()).hasSize(4));

            assertThat(feed()).extracting(r -> r.get("change") + " " + r.get("reservationId") + " " + r.get("start"))
                    .containsExactly(
                            "CREATED R-T1 2026-03-10T14:00",
                            "CREATED R-N1 2026-03-17T14:00",
                            "UPDATED R-T1 2026-03-10T16:00",
                            "DELETED R-T1 2026-03-10T16:00");
            await().untilAsserted(() -> assertThat(announcements(sandbox)).containsExactly(
                    "Today 14:00-15:00 会議室A: «Design review» was booked",
                    "Today 16:00-17:00 会議室A: «Design review» moved from 14:00-15:00",
                    "Today 16:00-17:00 会議室A: «Design review» was cancelled"));
        }
    }

    @Test
    void aRestartNeitherRepeatsNorMissesAChange(CamSandbox sandbox) throws Exception {
        try (RunningExamples examples = start(sandbox)) {
            await().until(() -> statusRequests(sandbox) >= 4);
            sandbox.putReservation(reservation("R-N2", "Quarterly review", TODAY_2PM.plusDays(20)));
            await().untilAsserted(() -> assertThat(feed()).hasSize(1));
        }

        // while the application is down, the reservation is cancelled
        sandbox.cancelReservation("R-N2");

        long before = statusRequests(sandbox);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(feed()).hasSize(2));
            long polled = statusRequests(sandbox);
            await().until(() -> statusRequests(sandbox) >= polled + 4);
            assertThat(statusRequests(sandbox)).isGreaterThan(before);
            assertThat(feed()).extracting(r -> r.get("change") + " " + r.get("reservationId"))
                    .containsExactly("CREATED R-N2", "DELETED R-N2");
        }
        assertThat(announcements(sandbox)).isEmpty();
    }
}
