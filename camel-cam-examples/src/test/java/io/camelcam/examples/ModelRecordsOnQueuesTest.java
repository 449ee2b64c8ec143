package io.camelcam.examples;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model records the read operations answer, split and sent to JMS queues as they are: each reaches
 * its queue as JSON data (one BytesMessage each, read by a plain JMS client), and a user without a
 * password. It checks the component's type converters end to end, through a real broker.
 */
class ModelRecordsOnQueuesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void usersRoomsAndReservationsReachTheirQueuesAsJsonData(CamSandbox sandbox) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             JMSContext jms = broker.connectionFactory().createContext()) {
            CamComponent cam = new CamComponent();
            cam.getConfiguration().setServerUrl(sandbox.url());
            cam.getConfiguration().setApiToken(sandbox.userToken());
            cam.getConfiguration().setAdminApiToken(sandbox.adminToken());
            context.addComponent("cam", cam);
            context.addComponent("jms", JmsComponent.jmsComponentAutoAcknowledge(broker.connectionFactory()));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:users?repeatCount=1").to("cam:exportUsers?outputType=iterator")
                            .split(body()).streaming().to("jms:queue:users");
                    from("timer:rooms?repeatCount=1").to("cam:getConferenceMaster").split(body()).to("jms:queue:rooms");
                    from("timer:schedule?repeatCount=1").to("cam:getConferenceRoomStatus?month=current&timeZone=Asia/Tokyo")
                            .split(body()).to("jms:queue:reservations");
                }
            });
            context.start();

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
        } finally {
            context.stop();
        }
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
