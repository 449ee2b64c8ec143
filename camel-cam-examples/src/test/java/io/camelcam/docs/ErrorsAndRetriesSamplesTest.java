package io.camelcam.docs;

import java.util.Map;

import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.component.api.CamConstants;
import io.camelcam.examples.EmbeddedBroker;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/errors-and-retries.md's routes, run: the component's retries get a message past two 503s; Camel's
 * redelivery gets one past a 503; an unknown room is parked with CAM's code, bad input is parked at once.
 */
class ErrorsAndRetriesSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void retriesRedeliveryAndParking(CamSandbox sandbox) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                     Map.of("camel.component.cam.server-url", sandbox.url(),
                             "camel.component.cam.api-token", sandbox.userToken(),
                             "camel.component.cam.admin-api-token", sandbox.adminToken()),
                     Map.of("connectionFactory", broker.connectionFactory()), new ErrorsAndRetriesRoutes());
             ProducerTemplate producer = app.context().createProducerTemplate();
             ConsumerTemplate consumer = app.context().createConsumerTemplate()) {

            sandbox.faults().next(2).status(503);
            producer.sendBody("jms:queue:notifications", "after two 503s");
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                    .containsExactly("after two 503s"));

            sandbox.faults().next(1).status(503);
            producer.sendBodyAndHeader("direct:post", "redelivered once", CamConstants.ROOM, "general");
            assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                    .containsExactly("after two 503s", "redelivered once");

            producer.sendBodyAndHeader("direct:post", "to nowhere", CamConstants.ROOM, "no-such-room");
            Exchange parked = consumer.receive("jms:queue:cam.unknown-room", 10_000);
            assertThat(parked.getMessage().getBody(String.class)).isEqualTo("to nowhere");
            assertThat(parked.getMessage().getHeader("CamErrorCode", String.class)).isEqualTo("404");

            long asked = sandbox.requests().size();
            producer.sendBodyAndHeader("direct:post", "", CamConstants.ROOM, "general");
            assertThat(consumer.receiveBody("jms:queue:DLQ", 10_000, String.class)).isEmpty();
            assertThat(sandbox.requests()).as("invalid input never reaches CAM").hasSize((int) asked);
        }
    }
}
