package io.camelcam.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example of testing your own route against the sandbox, word for word (DocsSamplesTest compares them). */
// tag::readme[]
class DeployNotificationTest extends CamelTestSupport {

    @RegisterExtension
    static CamSandboxExtension SANDBOX = CamSandboxExtension.create();   // a CAM server on a free port

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
        return new RouteBuilder() {
            public void configure() {
                from("direct:deployed").to("cam:sendMessage?room=general");
            }
        };
    }

    @Test
    void announcesTheDeployment(CamSandbox sandbox) {
        template.sendBody("direct:deployed", "deployed 4.2");

        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("deployed 4.2");
    }
}
// end::readme[]
