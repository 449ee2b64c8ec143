package io.camelcam.docs;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import io.camelcam.examples.EmbeddedBroker;
import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The samples of docs/examples/README.md's "Using the pieces in your own tests", run as shown. */
class ExamplesPiecesSamplesTest {

    @TempDir
    Path workDir;

    @TempDir
    Path dir;

    @Test
    void runningExamplesSendsThroughTheApplication() throws Exception {
        // tag::running-examples[]
        try (CamSandbox sandbox = CamSandbox.builder().start();
             RunningExamples examples = RunningExamples.start(sandbox, workDir,
                     Map.of("jms-to-chat.concurrent-consumers", "4"))) {
            examples.producer().sendBody("jms:queue:chat", "hello");
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                    .contains("hello"));
        }
        // end::running-examples[]
    }

    @Test
    void theEmbeddedBrokerGivesAConnectionFactory() throws Exception {
        // tag::embedded-broker[]
        try (EmbeddedBroker broker = EmbeddedBroker.builder().dataDirectory(dir).maxDeliveryAttempts(5).start()) {
            ConnectionFactory factory = broker.connectionFactory();
            try (JMSContext jms = factory.createContext()) {
                jms.createProducer().send(jms.createQueue("q"), "ping");
                assertThat(jms.createConsumer(jms.createQueue("q")).receiveBody(String.class, 10_000)).isEqualTo("ping");
            }
        }
        // end::embedded-broker[]
    }
}
