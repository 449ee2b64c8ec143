package io.camelcam.docs;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.jms.JMSContext;

import io.camelcam.examples.EmbeddedBroker;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component page's batching route, run against the sandbox and an embedded broker: it posts every
 * message. (The page's per-operation samples run in camel-cam-component's OperationSamplesTest, its
 * consumer routes in ScheduleConsumerSamplesTest.)
 */
class CamComponentSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void theBatchingRoutePostsEveryMessage(CamSandbox sandbox) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().start();
             SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/cam-component.properties",
                     Map.of("camel.component.cam.server-url", sandbox.url(),
                             "camel.component.cam.api-token", sandbox.userToken(),
                             "camel.component.cam.admin-api-token", sandbox.adminToken()),
                     Map.of("connectionFactory", broker.connectionFactory()), new CamComponentRoutes());
             JMSContext jms = broker.connectionFactory().createContext()) {
            // one JMS session for all: Camel's producer would open a connection per message
            for (int i = 0; i < 120; i++) {
                jms.createProducer().send(jms.createQueue("notifications"), "notification " + i);
            }
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).hasSize(120));
        }
    }
}
