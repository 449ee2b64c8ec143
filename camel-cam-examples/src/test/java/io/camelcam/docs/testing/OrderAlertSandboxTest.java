package io.camelcam.docs.testing;

// tag::test[]
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The route against the sandbox, a CAM server on a free port of this machine. */
class OrderAlertSandboxTest extends CamelTestSupport {

    @RegisterExtension
    static CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        context.addComponent("cam", cam);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new OrderAlertRoute();
    }

    @Test
    void theFailureIsPostedToOps(CamSandbox sandbox) {
        template.sendBodyAndHeader("direct:order-failed", "out of stock", "orderId", 42);

        assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text)
                .containsExactly("Order 42 failed: out of stock");
    }
}
// end::test[]
