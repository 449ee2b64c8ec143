package io.camelcam.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
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
             JMSContext jms = broker.connectionFactory().createContext()) {
            // one JMS session for all: Camel's producer would open a connection per message
            for (int i = 0; i < 120; i++) {
                jms.createProducer().send(jms.createQueue("notifications"), "notification " + i);
            }
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).hasSize(120));
        }
    }

    @Test
    void theOperationsJavaRoutes(CamSandbox sandbox) throws Exception {
        sandbox.createChatRoom("ci");
        int port = RunningExamples.freePort();
        try (SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                Map.of("camel.component.cam.server-url", sandbox.url(),
                        "camel.component.cam.api-token", sandbox.userToken(),
                        "camel.component.cam.admin-api-token", sandbox.adminToken(),
                        "camel.server.enabled", "true",
                        "camel.server.port", String.valueOf(port)),
                Map.of(), new CamComponentOperationRoutes());
             ProducerTemplate producer = app.context().createProducerTemplate()) {
            String id = UUID.randomUUID().toString();
            write("inbox/" + id + ".txt", "java file " + id);
            write("outbox/" + id + ".json", "messages=[{\"send\": \"general\", \"message\": \"java one " + id + "\"},\n"
                    + "{\"send\": \"general\", \"message\": \"java two " + id + "\"},]");
            write("hr-exports/" + id + ".csv", "email,name\njava-" + id + "@example.com,Java User\n");
            producer.sendBody("direct:alert", "disk full");
            producer.sendBody("direct:dm", null);
            producer.sendBody("direct:digest", null);
            producer.sendBodyAndHeader("direct:project", null, "project", "J-" + id);

            HttpResponse<String> meeting = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/meetings")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(meeting.body()).startsWith(sandbox.url());
            assertThat(sandbox.quickCalls()).singleElement().satisfies(call -> assertThat(call.passwordSet()).isTrue());

            assertThat(sandbox.messagesIn("ops")).filteredOn(m -> m.text().equals("disk full")).singleElement()
                    .satisfies(m -> assertThat(m.users()).containsExactly("oncall@example.com"));
            assertThat(sandbox.messages()).filteredOn(m -> m.text().equals("Your report is ready")).singleElement()
                    .satisfies(m -> assertThat(m.users()).containsExactly("alice@example.com"));
            assertThat(sandbox.messagesIn("ci")).extracting(ReceivedMessage::text).containsExactly("build 1 green", "build 2 red");
            assertThat(sandbox.chatRooms()).anySatisfy(room -> assertThat(room.name()).isEqualTo("Project J-" + id));
            await().untilAsserted(() -> {
                assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text).contains("java file " + id);
                assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                        .containsSubsequence("java one " + id, "java two " + id);
                assertThat(sandbox.users()).extracting(SandboxUser::email).contains("java-" + id + "@example.com");
            });
        }
    }

    @Test
    void theYamlRoutes(CamSandbox sandbox) throws Exception {
        try (SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                Map.of("camel.component.cam.server-url", sandbox.url(),
                        "camel.component.cam.api-token", sandbox.userToken(),
                        "camel.component.cam.admin-api-token", sandbox.adminToken(),
                        "meeting.password", "s3cret-meeting",
                        "camel.main.routes-include-pattern", "classpath:io/camelcam/docs/cam-component.camel.yaml"),
                Map.of());
             ProducerTemplate producer = app.context().createProducerTemplate()) {
            String id = UUID.randomUUID().toString();
            write("inbox/" + id + ".txt", "yaml file " + id);
            write("outbox/" + id + ".json", "[{\"send\": \"general\", \"message\": \"yaml one " + id + "\"}]");
            write("hr-exports/" + id + ".csv", "email,name\nyaml-" + id + "@example.com,Yaml User\n");
            producer.sendBody("direct:meeting", null);
            producer.sendBody("direct:project", null);

            assertThat(sandbox.quickCalls()).singleElement().satisfies(call -> assertThat(call.passwordSet()).isTrue());
            assertThat(sandbox.chatRooms()).anySatisfy(room -> assertThat(room.name()).isEqualTo("Project X"));
            await().untilAsserted(() -> {
                assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text).contains("yaml file " + id);
                assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).contains("yaml one " + id);
                assertThat(sandbox.users()).extracting(SandboxUser::email).contains("yaml-" + id + "@example.com");
                assertThat(sandbox.requests()).extracting(r -> r.operation())
                        .contains("getConferenceMaster", "getConferenceRoomStatus", "exportUsers");
                try (Stream<Path> backups = Files.list(Path.of("backup"))) {
                    assertThat(backups.filter(f -> f.getFileName().toString().startsWith("users-")))
                            .anySatisfy(f -> assertThat(Files.readString(f)).startsWith("email,"));
                }
            });
        }
    }

    private static void write(String file, String content) throws IOException {
        Path path = Path.of(file);
        Files.createDirectories(path.getParent());
        Path partial = Path.of(file + ".part");
        Files.writeString(partial, content);
        Files.move(partial, path);
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
