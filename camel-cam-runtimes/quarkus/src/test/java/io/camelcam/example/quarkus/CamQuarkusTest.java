package io.camelcam.example.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Quarkus application in JVM mode against a CAM sandbox: application.properties' camel.component.cam.*
 * reach the component, the route posts to the room, and the cam readiness check is DOWN with the
 * HTTP status while CAM answers 503 and UP again after.
 */
@QuarkusTest
@WithTestResource(CamSandboxResource.class)
class CamQuarkusTest {

    CamSandbox sandbox;

    @Inject
    CamelContext camelContext;

    @Inject
    ProducerTemplate producer;

    @BeforeEach
    void reset() {
        sandbox.reset();
        sandbox.faults().clear();
    }

    @Test
    void applicationPropertiesConfigureTheComponent() {
        CamComponent cam = camelContext.getComponent("cam", CamComponent.class);

        assertThat(cam.getConfiguration().getServerUrl()).isEqualTo(sandbox.url());
        assertThat(cam.getConfiguration().getApiToken()).isEqualTo(sandbox.userToken());
        assertThat(cam.getHealthCheckInterval()).isEqualTo(100L);
    }

    @Test
    void theRoutePostsToTheRoom() {
        producer.sendBody("direct:notify", "deployed from Quarkus");

        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("deployed from Quarkus");
    }

    @Test
    void camReadinessGoesDownWithTheHttpStatusAndComesBack() {
        assertThat(camCheck().getState()).isEqualTo(HealthCheck.State.UP);

        sandbox.faults().next(1_000).on("getConferenceMaster").status(503);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result down = camCheck();
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getDetails()).containsEntry("service.status.code", 503);
        });

        sandbox.faults().clear();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(camCheck().getState()).isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void theTokenIsNeverLogged() throws Exception {
        producer.sendBody("direct:notify", "hello");

        String log = Files.readString(Path.of("target/quarkus-test.log"));
        // the start-up configuration summary names the option, with its value masked
        assertThat(log).contains("camel.component.cam.apiToken = xxxxxx").doesNotContain(sandbox.userToken());
    }

    /** The cam check's readiness result, as camel.health.producers-enabled=true makes Camel report it. */
    private HealthCheck.Result camCheck() {
        List<HealthCheck.Result> results = List.copyOf(HealthCheckHelper.invoke(camelContext,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.getId().equals("producer:cam:" + sandbox.url() + "/"), "full"));
        assertThat(results).hasSize(1);
        return results.get(0);
    }
}
