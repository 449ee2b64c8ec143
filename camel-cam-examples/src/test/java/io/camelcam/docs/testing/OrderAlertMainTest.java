package io.camelcam.docs.testing;

// tag::test[]
import org.apache.camel.Produce;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A camel-main application (YAML route, properties file) under @CamelMainTest. */
@CamelMainTest(propertyPlaceholderLocations = "classpath:docs/testing/order-alerts.properties")
class OrderAlertMainTest {

    @RegisterExtension
    static CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Produce("direct:order-failed")
    ProducerTemplate orders;

    // system properties override the application's properties: point it at the sandbox
    @BeforeAll
    static void useTheSandbox() {
        System.setProperty("cam.server-url", SANDBOX.url());
        System.setProperty("cam.api-token", SANDBOX.userToken());
    }

    @AfterAll
    static void forgetTheSandbox() {
        System.clearProperty("cam.server-url");
        System.clearProperty("cam.api-token");
    }

    @Test
    void theApplicationPostsTheFailureToOps(CamSandbox sandbox) {
        orders.sendBodyAndHeader("out of stock", "orderId", 42);

        assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text)
                .containsExactly("Order 42 failed: out of stock");
    }
}
// end::test[]
