package io.camelcam.examples.reminders;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.examples.RunningExamples;
import io.camelcam.examples.schedule.ScheduleSyncRoute;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/** Reminders N minutes before a reservation, with a clock the test moves; moved and cancelled ones. */
class MeetingRemindersRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDateTime TWO_PM = LocalDateTime.of(2026, 3, 10, 14, 0);

    @TempDir
    Path workDir;

    @Test
    void aReminderGoesOutTenMinutesBeforeOnceAndNotForACancelledOne(CamSandbox sandbox) throws Exception {
        MutableClock clock = new MutableClock(at(TWO_PM.minusMinutes(30)));
        sandbox.putReservation(reservation("R-1", "Design review", TWO_PM, "alice"));
        sandbox.putReservation(reservation("R-2", "Cancelled sync", TWO_PM, "bob"));
        try (RunningExamples examples = start(sandbox, clock, Map.of())) {
            awaitPoll(sandbox);
            sandbox.cancelReservation("R-2");
            awaitPoll(sandbox);

            clock.set(at(TWO_PM.minusMinutes(11)));
            awaitChecks(examples);
            assertThat(ours(sandbox)).isEmpty();

            clock.set(at(TWO_PM.minusMinutes(10)));
            await().untilAsserted(() -> assertThat(ours(sandbox)).singleElement().satisfies(m -> {
                assertThat(m.text()).isEqualTo("⏰ 14:00-15:00 会議室A: «Design review» starts soon");
                assertThat(m.panelName()).isEqualTo("general");
            }));
            clock.set(at(TWO_PM.minusMinutes(5)));
            awaitChecks(examples);
            assertThat(ours(sandbox)).hasSize(1);
        }
    }

    @Test
    void aMovedReservationIsRemindedAtItsNewTimeOnly(CamSandbox sandbox) throws Exception {
        MutableClock clock = new MutableClock(at(TWO_PM.minusMinutes(30)));
        sandbox.putReservation(reservation("R-3", "Moved meeting", TWO_PM, "alice"));
        try (RunningExamples examples = start(sandbox, clock, Map.of())) {
            awaitPoll(sandbox);
            sandbox.putReservation(reservation("R-3", "Moved meeting", TWO_PM.plusHours(2), "alice"));
            awaitPoll(sandbox);

            clock.set(at(TWO_PM.minusMinutes(10)));
            awaitChecks(examples);
            assertThat(ours(sandbox)).isEmpty();

            clock.set(at(TWO_PM.plusHours(2).minusMinutes(10)));
            await().untilAsserted(() -> assertThat(ours(sandbox)).singleElement().extracting(ReceivedMessage::text)
                    .isEqualTo("⏰ 16:00-17:00 会議室A: «Moved meeting» starts soon"));
        }
    }

    @Test
    void aListedBookerGetsADirectMessage(CamSandbox sandbox) throws Exception {
        MutableClock clock = new MutableClock(at(TWO_PM.minusMinutes(30)));
        sandbox.putReservation(reservation("R-4", "Booked by alice", TWO_PM, "U-ALICE"));
        try (RunningExamples examples = start(sandbox, clock, Map.of("meeting-reminders.bookers", "U-ALICE=alice@example.com"))) {
            awaitPoll(sandbox);
            clock.set(at(TWO_PM.minusMinutes(10)));
            await().untilAsserted(() -> assertThat(ours(sandbox)).singleElement().satisfies(m -> {
                assertThat(m.panelName()).isEqualTo("messenger");
                assertThat(m.users()).containsExactly("alice@example.com");
            }));
        }
    }

    @Test
    void stateIsKeptForUpcomingReservationsOnlyAndPrunedOnceTheyStart() {
        MutableClock clock = new MutableClock(at(TWO_PM.minusHours(1)));
        MeetingReminders reminders = new MeetingReminders(clock, TOKYO, Duration.ofMinutes(10));
        reminders.apply(new RoomReservation("past", "CR001", "会議室A", "t", TWO_PM.minusHours(2),
                TWO_PM.minusHours(1), "u", null), "CREATED");
        reminders.apply(new RoomReservation("soon", "CR001", "会議室A", "t", TWO_PM, TWO_PM.plusHours(1), "u", null),
                "CREATED");
        assertThat(reminders.size()).isEqualTo(1);

        clock.set(at(TWO_PM.plusMinutes(1)));
        assertThat(reminders.due()).isEmpty();
        assertThat(reminders.size()).isZero();
    }

    @Test
    void aBookerMappingThatIsNotIdEqualsAddressIsRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> MeetingRemindersRoute.bookers("alice"))
                .withMessageContaining(MeetingRemindersRoute.BOOKERS);
    }

    private static SandboxReservation reservation(String id, String title, LocalDateTime start, String user) {
        return new SandboxReservation(id, "CR001", "会議室A", title, start, start.plusHours(1), user, null);
    }

    private static Instant at(LocalDateTime tokyo) {
        return tokyo.atZone(TOKYO).toInstant();
    }

    /** The reminders about this test's reservations (the sandbox has seeded ones too). */
    private static List<ReceivedMessage> ours(CamSandbox sandbox) {
        return sandbox.messages().stream().filter(m -> m.text().startsWith("⏰") && (m.text().contains("Design review")
                || m.text().contains("Cancelled sync") || m.text().contains("Moved meeting")
                || m.text().contains("Booked by alice"))).toList();
    }

    /** Two more polls of the consumer (two months each): a change made before this call has been seen. */
    private static void awaitPoll(CamSandbox sandbox) {
        long seen = statusRequests(sandbox);
        await().until(() -> statusRequests(sandbox) >= seen + 4);
    }

    private static long statusRequests(CamSandbox sandbox) {
        return sandbox.requests().stream().filter(r -> "getConferenceRoomStatus".equals(r.operation())).count();
    }

    /** Two more runs of the reminder timer: whatever was due has been sent. */
    private static void awaitChecks(RunningExamples examples) {
        NotifyBuilder checked = new NotifyBuilder(examples.context()).fromRoute("meeting-reminders").whenDone(2).create();
        await().until(checked::matches);
    }

    private RunningExamples start(CamSandbox sandbox, MutableClock clock, Map<String, String> more) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(
                "camel.main.route-filter-include-pattern", "meeting-reminders*",
                "meeting-reminders.poll-delay", "100ms",
                "meeting-reminders.check-every", "100"));
        properties.putAll(more);
        return RunningExamples.start(sandbox, workDir, properties, Map.of(ScheduleSyncRoute.CLOCK_BEAN, clock));
    }
}
