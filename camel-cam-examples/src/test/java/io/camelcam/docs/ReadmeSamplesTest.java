package io.camelcam.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;

import io.camelcam.examples.EmbeddedBroker;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's "Use it" properties and routes, run: a file becomes a message in ops, a JMS alert a message
 * mentioning on-call, and a reservation booked in CAM arrives on the reservations queue as JSON data that a
 * plain JMS client reads.
 */
class ReadmeSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @TempDir
    Path work;

    @Test
    void theUseItRoutesSendFilesAlertsAndReservationsAsJson(CamSandbox sandbox) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/readme.properties",
                     Map.of("camel.component.cam.server-url", sandbox.url(),
                             "camel.component.cam.api-token", sandbox.userToken(),
                             "app.inbox", work.resolve("inbox").toString(),
                             "app.poll-delay", "200",
                             "app.state-file", work.resolve("cam-state.json").toString()),
                     Map.of("connectionFactory", broker.connectionFactory()), new ReadmeRoutes());
             JMSContext jms = broker.connectionFactory().createContext();
             JMSConsumer reservations = jms.createConsumer(jms.createQueue("reservations"))) {

            Files.writeString(work.resolve("inbox").resolve("deploy.txt"), "deployed 4.2", StandardCharsets.UTF_8);
            app.context().createProducerTemplate().sendBody("jms:queue:alerts", "disk full on db-1");
            await().untilAsserted(() -> {
                assertThat(sandbox.messagesIn("ops")).extracting(m -> m.text())
                        .containsExactlyInAnyOrder("deployed 4.2", "disk full on db-1");
                assertThat(sandbox.messagesIn("ops")).filteredOn(m -> m.text().startsWith("disk"))
                        .singleElement().satisfies(m -> assertThat(m.users()).containsExactly("oncall@example.com"));
            });

            // the first poll takes the existing reservations as the baseline; the state file says it happened
            await().until(() -> Files.exists(work.resolve("cam-state.json")));
            LocalDateTime start = YearMonth.now().atDay(15).atTime(14, 0);
            sandbox.putReservation(new SandboxReservation("R-README", "CR001", "会議室A", "Design review", start,
                    start.plusHours(1), "alice", null));

            Message message = reservations.receive(30_000);
            assertThat(message).as("a reservation on the queue").isInstanceOf(BytesMessage.class);
            JsonNode reservation = new ObjectMapper().readTree(message.getBody(byte[].class));
            assertThat(reservation.path("id").asText()).isEqualTo("R-README");
            assertThat(reservation.path("title").asText()).isEqualTo("Design review");
            assertThat(reservation.path("roomName").asText()).isEqualTo("会議室A");
            assertThat(reservation.path("start").asText()).isEqualTo(start.toString());
            assertThat(reservation.path("userId").asText()).isEqualTo("alice");
        }
    }
}
