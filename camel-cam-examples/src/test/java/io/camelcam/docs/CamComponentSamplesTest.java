package io.camelcam.docs;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import io.camelcam.examples.EmbeddedBroker;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component page's Java routes, run against the sandbox and an embedded broker: users, conference rooms
 * and reservations reach their queues as JSON data (one BytesMessage each, read by a plain JMS client), a
 * user without a password; the batching route posts every message.
 */
class CamComponentSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void modelRecordsReachTheQueuesAsJsonData(CamSandbox sandbox) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             SampleApplication app = start(sandbox, broker);
             JMSContext jms = broker.connectionFactory().createContext()) {

            List<JsonNode> users = drain(jms, "users", sandbox.users().size());
            assertThat(users).extracting(u -> u.path("email").asText())
                    .containsExactlyInAnyOrderElementsOf(sandbox.users().stream().map(SandboxUser::email).toList());
            assertThat(users).allSatisfy(u -> assertThat(u.has("password")).as("password in " + u).isFalse());

            List<JsonNode> rooms = drain(jms, "rooms", sandbox.conferenceRooms().size());
            assertThat(rooms).extracting(r -> r.path("id").asText() + " " + r.path("name").asText() + " "
                    + r.path("capacity").asInt())
                    .containsExactlyInAnyOrderElementsOf(sandbox.conferenceRooms().stream()
                            .map(r -> r.id() + " " + r.name() + " " + r.capacity()).toList());

            List<SandboxReservation> month = sandbox.reservations(YearMonth.now(ZoneId.of("Asia/Tokyo")));
            List<JsonNode> reservations = drain(jms, "reservations", month.size());
            assertThat(reservations).extracting(r -> r.path("id").asText() + " " + r.path("start").asText())
                    .containsExactlyInAnyOrderElementsOf(month.stream().map(r -> r.id() + " " + r.start()).toList());
        }
    }

    @Test
    void theBatchingRoutePostsEveryMessage(CamSandbox sandbox) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             SampleApplication app = start(sandbox, broker);
             ProducerTemplate producer = app.context().createProducerTemplate()) {
            for (int i = 0; i < 120; i++) {
                producer.sendBody("jms:queue:notifications", "notification " + i);
            }
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).hasSize(120));
        }
    }

    private static SampleApplication start(CamSandbox sandbox, EmbeddedBroker broker) throws Exception {
        return SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                Map.of("camel.component.cam.server-url", sandbox.url(),
                        "camel.component.cam.api-token", sandbox.userToken(),
                        "camel.component.cam.admin-api-token", sandbox.adminToken()),
                Map.of("connectionFactory", broker.connectionFactory()), new CamComponentRoutes());
    }

    /** Exactly {@code count} messages from the queue, each a BytesMessage of JSON, and no more. */
    private static List<JsonNode> drain(JMSContext jms, String queue, int count) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        try (JMSConsumer consumer = jms.createConsumer(jms.createQueue(queue))) {
            for (int i = 0; i < count; i++) {
                Message message = consumer.receive(30_000);
                assertThat(message).as(queue + " message " + (i + 1) + " of " + count).isInstanceOf(BytesMessage.class);
                bodies.add(json(message));
            }
            assertThat(consumer.receive(500)).as("a message beyond the " + count + " expected on " + queue).isNull();
        }
        return bodies;
    }

    private static JsonNode json(Message message) throws JMSException {
        try {
            return JSON.readTree(message.getBody(byte[].class));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }
}
