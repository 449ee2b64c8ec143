package io.camelcam.component.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts: each "run" is a CamelContext of its own, as after a JVM restart, so nothing carries over
 * in memory. With a state store the next run emits exactly what changed while it was down; a change
 * whose exchange failed is not taken as seen, before or after a restart.
 */
class SnapshotStoresTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);
    static final String WATCH = "cam:getConferenceRoomStatus?months=2&timeZone=Asia/Tokyo&clock=#clock"
            + "&startScheduler=false&exceptionHandler=#failures";

    @TempDir
    Path dir;

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    /**
     * Starts a run of the application: one route watching November and December (unless the options
     * name another month) into {@link #events}.
     */
    CamelContext run(String options, Object repository) throws Exception {
        CamelContext context = ClusterNodes.context("run", SANDBOX);
        context.getRegistry().bind("clock", CLOCK);
        context.getRegistry().bind("failures", new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                failures.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                failures.add(exception);
            }

            @Override
            public void handleException(String message, org.apache.camel.Exchange exchange, Throwable exception) {
                failures.add(exception);
            }
        });
        if (repository != null) {
            context.getRegistry().bind("repository", repository);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(WATCH + (options.contains("month=") ? "&" : "&month=current&") + options).routeId("schedule")
                        .process(exchange -> {
                            String event = exchange.getMessage().getHeader(CamConstants.CHANGE_TYPE) + " "
                                    + exchange.getMessage().getHeader(CamConstants.RESERVATION_ID);
                            events.add(event);
                            if (exchange.getMessage().getBody(io.camelcam.client.model.RoomReservation.class).title()
                                    .equals("rejected downstream")) {
                                throw new IllegalStateException("downstream refused " + event);
                            }
                        });
            }
        });
        context.start();
        return context;
    }

    /** One scheduled poll; returns what it emitted. */
    List<String> poll(CamelContext context) {
        events.clear();
        ((ScheduledPollConsumer) context.getRoute("schedule").getConsumer()).run();
        return List.copyOf(events);
    }

    static SandboxReservation book(String title, int hour) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 30, hour, 0);
        return SANDBOX.sandbox().putReservation(new SandboxReservation(null, "CR001", null, title, start, start.plusHours(1),
                "alice", null));
    }

    static SandboxReservation retitle(SandboxReservation reservation, String title) {
        return SANDBOX.sandbox().putReservation(new SandboxReservation(reservation.id(), reservation.roomId(), null, title,
                reservation.start(), reservation.end(), reservation.userId(), null));
    }

    @Test
    void aRestartWithAStateFileNeitherRepeatsNorMisses() throws Exception {
        Path state = dir.resolve("shared/cam-state.json");
        SandboxReservation existing = SANDBOX.sandbox().reservations(YearMonth.of(2026, 12)).get(2);
        SandboxReservation first;
        try (CamelContext run = run("stateFile=" + state, null)) {
            assertThat(poll(run)).isEmpty();
            first = book("first", 19);
            assertThat(poll(run)).containsExactly("CREATED " + first.id());
        }
        String stored = Files.readString(state, StandardCharsets.UTF_8);
        assertThat(stored).startsWith("{\"format\":1,\"key\":\"getConferenceRoomStatus:current\",\"periods\":{\"202611\":[")
                .contains("\"202612\":[").contains("\"title\":\"first\"");
        assertThat(Files.list(state.getParent())).as("no temporary file left behind").containsExactly(state);
        if (state.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        }

        // while nothing runs
        retitle(first, "first, renamed");
        SANDBOX.sandbox().cancelReservation(existing.id());
        SandboxReservation second = book("second", 20);

        try (CamelContext run = run("stateFile=" + state, null)) {
            assertThat(poll(run)).containsExactly("DELETED " + existing.id(), "UPDATED " + first.id(), "CREATED " + second.id());
            assertThat(poll(run)).isEmpty();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aChangeWhoseExchangeFailedIsNotStoredAsSeen() throws Exception {
        Path state = dir.resolve("cam-state.json");
        SandboxReservation rejected;
        SandboxReservation accepted;
        try (CamelContext run = run("stateFile=" + state, null)) {
            poll(run);
            rejected = book("rejected downstream", 19);
            accepted = book("accepted", 20);
            assertThat(poll(run)).containsExactly("CREATED " + rejected.id(), "CREATED " + accepted.id());
        }
        retitle(rejected, "accepted now");

        try (CamelContext run = run("stateFile=" + state, null)) {
            assertThat(poll(run)).as("emitted again, as it is now").containsExactly("CREATED " + rejected.id());
            assertThat(poll(run)).isEmpty();
        }
    }

    @Test
    void aStateThatCannotBeSavedFailsThePollAndIsSavedOnceItCanBe() throws Exception {
        Path blocked = Files.createFile(dir.resolve("not-a-directory"));
        Path state = blocked.resolve("cam-state.json");
        SandboxReservation booked;
        try (CamelContext run = run("stateFile=" + state, null)) {
            assertThat(poll(run)).isEmpty();
            booked = book("booked while the disk is unwritable", 19);
            assertThat(poll(run)).as("delivered all the same").containsExactly("CREATED " + booked.id());
            assertThat(failures).hasSize(2).allSatisfy(failure -> assertThat(failure)
                    .hasMessageStartingWith("Cannot save the consumer state to the state file " + state.toAbsolutePath()));

            Files.delete(blocked);
            assertThat(poll(run)).isEmpty();
            assertThat(failures).hasSize(2);
        }
        assertThat(Files.readString(state, StandardCharsets.UTF_8)).contains(booked.id());

        try (CamelContext run = run("stateFile=" + state, null)) {
            assertThat(poll(run)).as("not delivered again after a restart").isEmpty();
        }
    }

    @Test
    void anyCamelStateRepositoryCanHoldTheState() throws Exception {
        Path file = dir.resolve("camel-state.properties");
        SandboxReservation booked;
        try (CamelContext run = run("stateRepository=#repository&stateKey=schedule-to-chat",
                FileStateRepository.fileStateRepository(file.toFile()))) {
            poll(run);
            booked = book("booked", 19);
            assertThat(poll(run)).containsExactly("CREATED " + booked.id());
            FileStateRepository repository = run.getRegistry().lookupByNameAndType("repository", FileStateRepository.class);
            assertThat(repository.getState("schedule-to-chat")).startsWith("{\"format\":1,\"key\":\"schedule-to-chat\"");
        }
        SANDBOX.sandbox().cancelReservation(booked.id());

        try (CamelContext run = run("stateRepository=#repository&stateKey=schedule-to-chat",
                FileStateRepository.fileStateRepository(file.toFile()))) {
            assertThat(poll(run)).containsExactly("DELETED " + booked.id());
        }
    }

    @Test
    void withoutAStoreTheBaselineOutlivesARouteRestart() throws Exception {
        try (CamelContext run = run("emitExisting=false", null)) {
            poll(run);
            Object consumer = run.getRoute("schedule").getConsumer();
            run.getRouteController().stopRoute("schedule");
            SandboxReservation booked = book("booked while the route was stopped", 19);
            run.getRouteController().startRoute("schedule");
            assertThat(run.getRoute("schedule").getConsumer()).as("Camel made a new consumer").isNotSameAs(consumer);

            assertThat(poll(run)).containsExactly("CREATED " + booked.id());
        }
    }

    @Test
    void aStateFileHoldingAnotherConsumersStateIsRefused() throws Exception {
        Path state = dir.resolve("cam-state.json");
        try (CamelContext run = run("stateFile=" + state, null)) {
            poll(run);
        }
        String current = Files.readString(state, StandardCharsets.UTF_8);

        try (CamelContext run = run("stateFile=" + state + "&month=next", null)) {
            assertThat(poll(run)).isEmpty();
        }
        assertThat(failures).singleElement().satisfies(failure -> assertThat(failure.getMessage())
                .contains("state file " + state.toAbsolutePath())
                .contains("holds the state of 'getConferenceRoomStatus:current', not of 'getConferenceRoomStatus:next'"));
        assertThat(Files.readString(state, StandardCharsets.UTF_8)).as("left as it was").isEqualTo(current);
    }
}
