package io.camelcam.docs;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/configuration.md's samples, bound and run: the component's properties (the test's sandbox in place of
 * the server and the environment's tokens), the endpoint routes, camel-main's placeholders, plain Java.
 */
class ConfigurationSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void componentPropertiesAndEndpointRoutes(CamSandbox sandbox) throws Exception {
        try (SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/configuration.properties",
                Map.of("camel.component.cam.server-url", sandbox.url(),
                        "camel.component.cam.api-token", sandbox.userToken(),
                        "camel.component.cam.admin-api-token", sandbox.adminToken()),
                Map.of(), new ConfigurationRoutes())) {
            CamComponent cam = app.context().getComponent("cam", CamComponent.class);
            assertThat(cam.getConfiguration().getResponseTimeout()).isEqualTo(10_000L);
            assertThat(cam.getConfiguration().getAdminApiToken()).isEqualTo(sandbox.adminToken());

            app.context().createProducerTemplate().sendBody("direct:alerts", "disk full");
            assertThat(sandbox.messagesIn("ops")).singleElement()
                    .satisfies(m -> assertThat(m.users()).containsExactly("oncall@example.com"));
            // the timer's export ran with the administrator's token: CAM answered it
            await().untilAsserted(() -> assertThat(sandbox.requests())
                    .anySatisfy(r -> {
                        assertThat(r.operation()).isEqualTo("exportUsers");
                        assertThat(r.errorCodes()).isEmpty();
                    }));
        }
    }

    @Test
    void camelMainPlaceholders(CamSandbox sandbox) throws Exception {
        try (SampleApplication app = SampleApplication.start("classpath:io/camelcam/docs/configuration-main.properties",
                Map.of("cam.server-url", sandbox.url(), "cam.api-token", sandbox.userToken()), Map.of())) {
            CamComponent cam = app.context().getComponent("cam", CamComponent.class);
            assertThat(cam.getConfiguration().getReadRetries()).isEqualTo(3);
            app.context().createProducerTemplate().sendBody("cam:sendMessage?room=general", "configured");
            assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("configured");
        }
    }

    @Test
    void plainJava(CamSandbox sandbox) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            // tag::plain-java[]
            CamComponent cam = new CamComponent();
            cam.getConfiguration().setServerUrl("https://cam.example.com");
            cam.getConfiguration().setApiToken(System.getenv("CAM_API_TOKEN"));
            cam.getConfiguration().setRetryOn("429,503,connect");
            context.addComponent("cam", cam);
            // end::plain-java[]
            // the sample names a real server and the environment's token; the test points it at the sandbox
            cam.getConfiguration().setServerUrl(sandbox.url());
            cam.getConfiguration().setApiToken(sandbox.userToken());
            context.start();
            context.createProducerTemplate().sendBody("cam:sendMessage?room=general", "plain Java");
            assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("plain Java");
        }
    }
}
