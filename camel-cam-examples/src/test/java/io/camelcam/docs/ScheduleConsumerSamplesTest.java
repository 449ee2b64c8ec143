package io.camelcam.docs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.LogListener;
import org.apache.camel.support.ScheduledPollConsumer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;

import io.camelcam.examples.EmbeddedBroker;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer samples of docs/schedule-consumer.md (and of docs/cam-component.adoc, which shows the chat
 * route too), run against the sandbox as the pages write them: each keeps its baseline in its own state file
 * under {@code myapp.state-dir}, here a temporary directory. The Java routes are stopped after their first
 * poll, the schedule changes, and the restarted routes report exactly the changes from their files.
 */
class ScheduleConsumerSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final List<String> STATE_FILES = List.of("cam-reservations.json", "cam-to-jms.json",
            "cam-announcements.json", "cam-moves.json", "cam-rooms.json");
    /** A deadline for a CamelContext to start and its consumers' first poll (after Camel's 1 s initialDelay). */
    private static final Duration START_AND_POLL = Duration.ofSeconds(30);

    @TempDir
    Path stateDir;

    /** The lines the routes' log EIPs wrote, as a user reads them in the log. */
    final List<String> logged = new CopyOnWriteArrayList<>();

    @Test
    void theJavaRoutesReportWhatChangedWhileTheyWereStopped(CamSandbox sandbox) throws Exception {
        sandbox.createChatRoom("facilities");
        // tomorrow and the day after are always inside the window of the current and the next month
        LocalDateTime tomorrow = LocalDateTime.now(TOKYO).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        SandboxReservation review = book("CR003", "Design review", tomorrow);

        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             JMSContext jms = broker.connectionFactory().createContext();
             JMSConsumer queue = jms.createConsumer(jms.createQueue("cam.reservations"))) {
            try (SampleApplication first = startJava(sandbox, broker)) {
                await().atMost(START_AND_POLL).untilAsserted(() -> assertThat(STATE_FILES).allSatisfy(
                        file -> assertThat(stateDir.resolve(file)).as("the first poll's baseline").isNotEmptyFile()));
            }
            assertThat(sandbox.messagesIn("facilities")).as("the first poll takes the baseline silently").isEmpty();

            SandboxReservation moved = book(review.id(), "CR003", "Design review", tomorrow.plusDays(1));
            SandboxReservation budget = book("CR001", "Budget meeting", tomorrow);
            sandbox.putConferenceRoom(new SandboxConferenceRoom("CR006", "Kyoto Room", 10, "Kyoto 2F"));

            try (SampleApplication restarted = startJava(sandbox, broker)) {
                await().atMost(START_AND_POLL).untilAsserted(() -> {
                    assertThat(sandbox.messagesIn("facilities")).extracting(ReceivedMessage::text).containsExactlyInAnyOrder(
                            "UPDATED: Design review, 大会議室, " + moved.start(),
                            "CREATED: Budget meeting, 会議室A, " + budget.start(),
                            "Design review moved from " + review.start() + " to " + moved.start());
                    assertThat(logged).containsExactlyInAnyOrder("UPDATED " + review.id() + ": Design review",
                            "CREATED " + budget.id() + ": Budget meeting", "CREATED room CR006: Kyoto Room");
                });
                Message updated = queue.receive(30_000);
                Message created = queue.receive(30_000);
                assertThat(queue.receive(500)).as("a third message on the queue").isNull();
                // within one poll every UPDATED comes before every CREATED
                assertThat(updated.getStringProperty("changeType")).isEqualTo("UPDATED");
                assertThat(updated.getStringProperty("reservationId")).isEqualTo(review.id());
                assertThat(json(updated).path("start").asText()).isEqualTo(moved.start().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
                assertThat(created.getStringProperty("changeType")).isEqualTo("CREATED");
                assertThat(json(created).path("title").asText()).isEqualTo("Budget meeting");

                sandbox.cancelReservation(budget.id());
                pollNow(restarted.context());
                assertThat(sandbox.messagesIn("facilities")).extracting(ReceivedMessage::text)
                        .endsWith("DELETED: Budget meeting, 会議室A, " + budget.start());
            }
        }
    }

    @Test
    void theYamlRouteAnnouncesABookingInTheChatRoom(CamSandbox sandbox) throws Exception {
        sandbox.createChatRoom("facilities");
        try (SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                overrides(sandbox, Map.of("camel.main.routes-include-pattern",
                        "classpath:io/camelcam/docs/schedule-consumer.camel.yaml")),
                Map.of())) {
            await().atMost(START_AND_POLL).untilAsserted(() -> assertThat(stateDir.resolve("cam-announcements.json")).isNotEmptyFile());
            SandboxReservation booked = book("CR002", "One to one", LocalDateTime.now(TOKYO).plusDays(1)
                    .truncatedTo(ChronoUnit.HOURS));

            pollNow(app.context());

            assertThat(sandbox.messagesIn("facilities")).extracting(ReceivedMessage::text)
                    .containsExactly("CREATED: One to one, 会議室B, " + booked.start());
        }
    }

    @Test
    void theJdbcStateRepositoryKeepsTheConsumersBaseline(CamSandbox sandbox) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cam-state;DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table cam_state(state_key varchar(255) primary key, state_value text)");
        }
        JdbcStateRepository repository = new JdbcStateRepository(dataSource);
        RouteBuilder watch = new RouteBuilder() {
            @Override
            public void configure() {
                from("cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&stateRepository=#camState"
                        + "&stateKey=reservations&startScheduler=false").routeId("bookings-to-chat").log("${header.CamelCamChangeType} ${body.title}");
            }
        };
        try (SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                overrides(sandbox, Map.of()), Map.of("camState", repository), watch)) {
            pollNow(app.context());
            String baseline = repository.getState("reservations");
            assertThat(baseline).as("the first poll's baseline, inserted").startsWith("{\"format\":1");

            SandboxReservation booked = book("CR004", "Osaka sync", LocalDateTime.now(TOKYO).plusDays(1)
                    .truncatedTo(ChronoUnit.HOURS));
            pollNow(app.context());
            assertThat(repository.getState("reservations")).as("the next baseline, updated in place")
                    .isNotEqualTo(baseline).contains(booked.id());
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table cam_state");
        }
    }

    /** Polls the chat route once, now, as the page's "Testing your own routes" shows. */
    private static void pollNow(CamelContext context) {
        // tag::poll-now[]
        ((ScheduledPollConsumer) context.getRoute("bookings-to-chat").getConsumer()).run();
        // end::poll-now[]
    }

    private SampleApplication startJava(CamSandbox sandbox, EmbeddedBroker broker) throws Exception {
        LogListener log = (exchange, logger, message) -> {
            logged.add(message);
            return message;
        };
        return SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties", overrides(sandbox, Map.of()),
                Map.of("connectionFactory", broker.connectionFactory(), "logLines", log), new ScheduleConsumerRoutes());
    }

    private Map<String, String> overrides(CamSandbox sandbox, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(Map.of("camel.component.cam.server-url", sandbox.url(),
                "camel.component.cam.api-token", sandbox.userToken(),
                "camel.component.cam.admin-api-token", sandbox.adminToken(),
                "myapp.state-dir", stateDir.toString()));
        all.putAll(more);
        return all;
    }

    private static SandboxReservation book(String roomId, String title, LocalDateTime start) {
        return book(null, roomId, title, start);
    }

    private static SandboxReservation book(String id, String roomId, String title, LocalDateTime start) {
        return SANDBOX.sandbox().putReservation(
                new SandboxReservation(id, roomId, null, title, start, start.plusHours(1), "alice", null));
    }

    private static JsonNode json(Message message) throws Exception {
        return new ObjectMapper().readTree(message.getBody(byte[].class));
    }
}
