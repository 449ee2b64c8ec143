package io.camelcam.component.consumer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The consumer against the sandbox, whose schedule the tests change through its Java API. The
 * routes' schedulers are not started: a test polls by running the consumer's scheduled task itself,
 * so every assertion is about exactly one poll, with no waiting.
 */
class CamChangeConsumerTest extends CamTestSupport {

    static final String WATCH = "cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&clock=#clock"
            + "&startScheduler=false";
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    /** 20 November 2026, noon in Tokyo: the window is November and December. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));
    final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("clock", clock);
        registry.bind("repository", new MemoryStateRepository());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WATCH).routeId("reservations").to("mock:reservations");
                from(WATCH + "&emitExisting=true").routeId("existing").to("mock:existing");
                from(WATCH + "&maxMessagesPerPoll=2").routeId("limited").to("mock:limited");
                from(WATCH + "&maxMessagesPerPoll=1&greedy=true").routeId("greedy").to("mock:greedy");
                from(WATCH + "&sendEmptyMessageWhenIdle=true").routeId("idle").to("mock:idle");
                from(WATCH + "&stateKey=flaky").routeId("flaky").to("mock:flaky").process(exchange -> {
                    RoomReservation reservation = exchange.getMessage().getBody(RoomReservation.class);
                    if (reservation.title().contains("fails once") && attempts.merge(reservation.id(), 1, Integer::sum) == 1) {
                        throw new IllegalStateException("downstream unavailable");
                    }
                });
                from("cam:getConferenceMaster?startScheduler=false").routeId("master").to("mock:master");
                from("cam:getConferenceRooms?startScheduler=false").routeId("legacy").to("mock:legacy");
            }
        };
    }

    /** Runs one scheduled poll of the route (greedy ones poll again while they find changes). */
    List<Exchange> poll(String routeId) {
        MockEndpoint mock = getMockEndpoint("mock:" + routeId);
        mock.reset();
        ((ScheduledPollConsumer) context.getRoute(routeId).getConsumer()).run();
        return List.copyOf(mock.getReceivedExchanges());
    }

    static List<String> events(List<Exchange> exchanges) {
        return exchanges.stream().map(e -> e.getMessage().getHeader(CamConstants.CHANGE_TYPE) + " "
                + Stream.of(CamConstants.RESERVATION_ID, CamConstants.CONFERENCE_ROOM_ID)
                        .map(h -> e.getMessage().getHeader(h, String.class)).filter(id -> id != null).findFirst().orElse("-"))
                .toList();
    }

    static SandboxReservation book(String roomId, String title, LocalDateTime start) {
        return SANDBOX.sandbox().putReservation(
                new SandboxReservation(null, roomId, null, title, start, start.plusHours(1), "alice", null));
    }

    static SandboxReservation change(SandboxReservation reservation, String title, LocalDateTime start) {
        return SANDBOX.sandbox().putReservation(new SandboxReservation(reservation.id(), reservation.roomId(), null, title,
                start, start.plusHours(1), reservation.userId(), null));
    }

    static RoomReservation body(Exchange exchange) {
        return exchange.getMessage().getBody(RoomReservation.class);
    }

    @Test
    void createMoveRenameAndCancelAreEmittedOneByOne() {
        assertThat(poll("reservations")).as("the first poll takes the baseline").isEmpty();

        SandboxReservation booked = book("CR003", "Design review", LocalDateTime.of(2026, 11, 30, 19, 0));
        List<Exchange> created = poll("reservations");
        assertThat(events(created)).containsExactly("CREATED " + booked.id());
        Exchange creation = created.get(0);
        assertThat(body(creation)).isEqualTo(new RoomReservation(booked.id(), "CR003", "大会議室", "Design review",
                booked.start(), booked.end(), "alice", booked.updatedAt().toString()));
        assertThat(creation.getMessage().getHeader(CamConstants.CONFERENCE_ROOM_ID)).isEqualTo("CR003");
        assertThat(creation.getMessage().getHeader(CamConstants.PREVIOUS)).isNull();
        assertThat(creation.getProperty(Exchange.BATCH_INDEX)).isEqualTo(0);
        assertThat(creation.getProperty(Exchange.BATCH_SIZE)).isEqualTo(1);
        assertThat(creation.getProperty(Exchange.BATCH_COMPLETE)).isEqualTo(true);

        SandboxReservation moved = change(booked, "Design review", LocalDateTime.of(2026, 12, 1, 19, 0));
        List<Exchange> move = poll("reservations");
        assertThat(events(move)).as("across the month boundary: one update").containsExactly("UPDATED " + booked.id());
        assertThat(body(move.get(0)).start()).isEqualTo(moved.start());
        assertThat(move.get(0).getMessage().getHeader(CamConstants.PREVIOUS, RoomReservation.class).start())
                .isEqualTo(booked.start());

        change(moved, "Design review (remote)", moved.start());
        List<Exchange> rename = poll("reservations");
        assertThat(events(rename)).containsExactly("UPDATED " + booked.id());
        assertThat(body(rename.get(0)).title()).isEqualTo("Design review (remote)");
        assertThat(rename.get(0).getMessage().getHeader(CamConstants.PREVIOUS, RoomReservation.class).title())
                .isEqualTo("Design review");

        SANDBOX.sandbox().cancelReservation(booked.id());
        List<Exchange> cancel = poll("reservations");
        assertThat(events(cancel)).containsExactly("DELETED " + booked.id());
        assertThat(body(cancel.get(0)).title()).as("the last version seen").isEqualTo("Design review (remote)");

        assertThat(poll("reservations")).isEmpty();
    }

    @Test
    void oneChangeOfEachKindInOnePollComeDeletionsFirstThenUpdatesThenCreationsByStart() {
        List<SandboxReservation> november = SANDBOX.sandbox().reservations(NOVEMBER);
        SandboxReservation retitled = november.get(0);
        SandboxReservation cancelled = november.get(5);
        poll("reservations");

        SANDBOX.sandbox().cancelReservation(cancelled.id());
        change(retitled, "Renamed", retitled.start());
        SandboxReservation december = book("CR001", "Later", LocalDateTime.of(2026, 12, 1, 19, 0));
        SandboxReservation earlier = book("CR002", "Earlier", LocalDateTime.of(2026, 11, 30, 19, 0));
        List<Exchange> changes = poll("reservations");

        assertThat(events(changes)).containsExactly("DELETED " + cancelled.id(), "UPDATED " + retitled.id(),
                "CREATED " + earlier.id(), "CREATED " + december.id());
        assertThat(changes).extracting(e -> e.getProperty(Exchange.BATCH_INDEX)).containsExactly(0, 1, 2, 3);
        assertThat(changes).extracting(e -> e.getProperty(Exchange.BATCH_SIZE)).containsOnly(4);
        assertThat(changes).extracting(e -> e.getProperty(Exchange.BATCH_COMPLETE)).containsExactly(false, false, false, true);
        assertThat(changes).allSatisfy(e -> assertThat(e.getMessage().getHeaders().values())
                .as("plain String headers, the body's type for the previous version")
                .allMatch(v -> v instanceof String || v instanceof RoomReservation));
    }

    @Test
    void nothingIsEmittedWhileNothingChangesInTheWindow() {
        poll("reservations");
        SandboxReservation january = SANDBOX.sandbox().reservations(YearMonth.of(2027, 1)).get(0);
        change(january, "Outside the window", january.start());

        for (int i = 0; i < 3; i++) {
            assertThat(poll("reservations")).isEmpty();
        }
        assertThat(SANDBOX.sandbox().requests()).as("four polls of two months").hasSize(8)
                .allSatisfy(r -> assertThat(r.operation()).isEqualTo("getConferenceRoomStatus"));
    }

    @Test
    void emitExistingEmitsWhatIsThereAsCreatedOnce() {
        List<String> existing = new ArrayList<>();
        Stream.of(NOVEMBER, DECEMBER).forEach(month -> SANDBOX.sandbox().reservations(month)
                .forEach(r -> existing.add("CREATED " + r.id())));

        assertThat(events(poll("existing"))).hasSizeGreaterThan(50).containsExactlyElementsOf(existing);
        assertThat(poll("existing")).isEmpty();
    }

    @Test
    void aChangeWhoseExchangeFailedIsEmittedAgainAtTheNextPoll() {
        poll("flaky");
        SandboxReservation failing = book("CR001", "fails once", LocalDateTime.of(2026, 11, 30, 19, 0));
        SandboxReservation fine = book("CR002", "fine", LocalDateTime.of(2026, 11, 30, 20, 0));

        assertThat(events(poll("flaky"))).containsExactly("CREATED " + failing.id(), "CREATED " + fine.id());
        assertThat(events(poll("flaky"))).containsExactly("CREATED " + failing.id());
        assertThat(poll("flaky")).isEmpty();
        assertThat(attempts).containsEntry(failing.id(), 2).doesNotContainKey(fine.id());
    }

    @Test
    void maxMessagesPerPollLeavesTheRestForTheNextPoll() {
        SandboxReservation cancelled = SANDBOX.sandbox().reservations(NOVEMBER).get(0);
        poll("limited");
        SANDBOX.sandbox().cancelReservation(cancelled.id());
        SandboxReservation first = book("CR001", "first", LocalDateTime.of(2026, 11, 30, 19, 0));
        SandboxReservation second = book("CR001", "second", LocalDateTime.of(2026, 11, 30, 20, 0));

        List<Exchange> limited = poll("limited");
        assertThat(events(limited)).containsExactly("DELETED " + cancelled.id(), "CREATED " + first.id());
        assertThat(limited).extracting(e -> e.getProperty(Exchange.BATCH_SIZE)).containsOnly(2);
        assertThat(events(poll("limited"))).containsExactly("CREATED " + second.id());
        assertThat(poll("limited")).isEmpty();
    }

    @Test
    void greedyPollsAgainAtOnceWhileThereAreChanges() {
        poll("greedy");
        List<String> booked = new ArrayList<>();
        for (int hour = 19; hour < 22; hour++) {
            booked.add("CREATED " + book("CR005", "slot " + hour, LocalDateTime.of(2026, 11, 30, hour, 0)).id());
        }

        assertThat(events(poll("greedy"))).as("one scheduled run").containsExactlyElementsOf(booked);
    }

    @Test
    void anIdlePollCanSendAnEmptyMessage() {
        List<Exchange> idle = poll("idle");
        assertThat(idle).singleElement().satisfies(empty -> {
            assertThat(empty.getMessage().getBody()).isNull();
            assertThat(empty.getMessage().getHeader(CamConstants.CHANGE_TYPE)).isNull();
        });

        SandboxReservation booked = book("CR001", "not idle", LocalDateTime.of(2026, 11, 30, 19, 0));
        assertThat(events(poll("idle"))).containsExactly("CREATED " + booked.id());
    }

    @Test
    void masterListChangesAreEmittedUnderBothOperationNames() {
        poll("master");
        poll("legacy");
        SANDBOX.sandbox().putConferenceRoom(new SandboxConferenceRoom("CR002", "会議室B (renovated)", 6, "Tokyo 8F"));
        SANDBOX.sandbox().putConferenceRoom(new SandboxConferenceRoom("CR006", "Nagoya Room", 10, "Nagoya 2F"));
        SANDBOX.sandbox().removeConferenceRoom("CR004");

        for (String route : List.of("master", "legacy")) {
            List<Exchange> changes = poll(route);
            assertThat(events(changes)).as(route).containsExactly("DELETED CR004", "UPDATED CR002", "CREATED CR006");
            assertThat(changes.get(0).getMessage().getBody(ConferenceRoom.class).name()).isEqualTo("Osaka Room");
            assertThat(changes.get(1).getMessage().getBody(ConferenceRoom.class).capacity()).isEqualTo(6);
            assertThat(changes.get(1).getMessage().getHeader(CamConstants.PREVIOUS, ConferenceRoom.class).capacity()).isEqualTo(4);
            assertThat(poll(route)).isEmpty();
        }
    }

    @Test
    void currentFollowsTheClockAcrossTheMonthBoundary() {
        clock.set(Instant.parse("2026-11-30T14:00:00Z")); // 23:00 on 30 November in Tokyo
        poll("reservations");
        poll("existing");

        clock.set(Instant.parse("2026-11-30T15:30:00Z")); // 00:30 on 1 December in Tokyo: December and January
        assertThat(poll("reservations")).as("November left the window, January entered it: no event").isEmpty();
        assertThat(events(poll("existing"))).as("with emitExisting, January's reservations are new")
                .containsExactlyElementsOf(SANDBOX.sandbox().reservations(YearMonth.of(2027, 1)).stream()
                        .map(r -> "CREATED " + r.id()).toList());

        SandboxReservation december = SANDBOX.sandbox().reservations(DECEMBER).get(0);
        SandboxReservation november = SANDBOX.sandbox().reservations(NOVEMBER).get(0);
        change(december, "Still watched", december.start());
        change(november, "No longer watched", november.start());
        assertThat(events(poll("reservations"))).containsExactly("UPDATED " + december.id());
    }

    /** The announcement and move examples of docs/schedule-consumer.md, with a short delay and the test clock. */
    @Test
    void theDocumentedChatRoomRoutesAnnounceChangesAndMoves() throws Exception {
        String watch = "cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&clock=#clock"
                + "&delay=50&initialDelay=0";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch)
                        .routeId("bookings-to-chat")
                        .setBody(simple("${header.CamelCamChangeType}: ${body.title}, ${body.roomName}, ${body.start}"))
                        .to("cam:sendMessage?room=general");
                from(watch + "&stateKey=moves")
                        .filter(simple("${header.CamelCamChangeType} == 'UPDATED' && ${header.CamelCamPrevious.start} != ${body.start}"))
                        .setBody(simple("${body.title} moved from ${header.CamelCamPrevious.start} to ${body.start}"))
                        .to("cam:sendMessage?room=ops");
            }
        });
        await().until(() -> SANDBOX.sandbox().requests().size() >= 4);

        SandboxReservation booked = book("CR003", "All hands", LocalDateTime.of(2026, 11, 30, 19, 0));
        await().until(() -> SANDBOX.sandbox().messagesIn("general").size() == 1);
        change(booked, "All hands (agenda out)", booked.start());
        await().until(() -> SANDBOX.sandbox().messagesIn("general").size() == 2);
        change(booked, "All hands (agenda out)", LocalDateTime.of(2026, 12, 1, 10, 0));

        await().untilAsserted(() -> assertThat(SANDBOX.sandbox().messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("CREATED: All hands, 大会議室, 2026-11-30T19:00",
                        "UPDATED: All hands (agenda out), 大会議室, 2026-11-30T19:00",
                        "UPDATED: All hands (agenda out), 大会議室, 2026-12-01T10:00"));
        await().untilAsserted(() -> assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(ReceivedMessage::text)
                .containsExactly("All hands (agenda out) moved from 2026-11-30T19:00 to 2026-12-01T10:00"));
    }

    @Test
    void onlyTheListOperationsCanBeConsumedFrom() {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cam:sendMessage?room=ops").to("mock:never");
            }
        }));

        assertThat(rootCause(failure)).isInstanceOf(CamValidationException.class)
                .hasMessageContaining("cam:sendMessage cannot be consumed from")
                .hasMessageContaining("getConferenceRooms, getConferenceMaster, getConferenceRoomStatus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"months=0|option months", "months=13|option months", "month=20261130&months=2|option months",
        "month=2026-11|option month", "stateFile=state.json&stateRepository=#repository|option stateFile"})
    void badConsumerOptionsFailTheRouteBeforeAnyRequest(String optionsAndField) {
        String[] parts = optionsAndField.split("\\|");
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cam:getConferenceRoomStatus?" + parts[0]).to("mock:never");
            }
        }));

        assertThat(rootCause(failure)).isInstanceOf(CamValidationException.class)
                .satisfies(e -> assertThat(((CamValidationException) e).getField()).isEqualTo(parts[1]));
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
