package io.camelcam.example.springboot;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as it runs, against a CAM sandbox: application.yaml's camel.component.cam.*
 * reach the component, the route posts to the room, and the cam readiness check shows in the
 * actuator health endpoint, DOWN with the HTTP status while CAM answers 503 and UP again after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CamNotifierApplicationTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @DynamicPropertySource
    static void cam(DynamicPropertyRegistry registry) {
        // what CAM_SERVER_URL / CAM_API_TOKEN would be in production
        registry.add("camel.component.cam.server-url", SANDBOX::url);
        registry.add("camel.component.cam.api-token", SANDBOX::userToken);
        // ask CAM on every health probe, so the test sees it recover without waiting 30 s
        registry.add("camel.component.cam.health-check-interval", () -> "100ms");
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    TestRestTemplate http;

    @Test
    void applicationYamlConfiguresTheComponent() {
        CamComponent cam = camelContext.getComponent("cam", CamComponent.class);

        assertThat(cam.getConfiguration().getServerUrl()).isEqualTo(SANDBOX.url());
        assertThat(cam.getConfiguration().getApiToken()).isEqualTo(SANDBOX.userToken());
        assertThat(cam.getHealthCheckInterval()).isEqualTo(100L);
    }

    @Test
    void theRoutePostsToTheRoom() {
        producer.sendBody("direct:notify", "deployed from Spring Boot");

        assertThat(SANDBOX.sandbox().messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("deployed from Spring Boot");
    }

    @Test
    void camReadinessShowsInTheActuatorHealthEndpoint(CapturedOutput output) throws Exception {
        assertThat(camState(health(200))).isEqualTo("UP");

        SANDBOX.sandbox().faults().next(1_000).on("getConferenceMaster").status(503);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode down = health(503);
            assertThat(down.path("status").asText()).isEqualTo("DOWN");
            assertThat(camState(down)).isEqualTo("DOWN");
            assertThat(camData(down).path("service.status.code").asText()).isEqualTo("503");
        });

        SANDBOX.sandbox().faults().clear();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(health(200).path("status").asText()).isEqualTo("UP"));

        assertThat(output.getAll()).doesNotContain(SANDBOX.userToken());
    }

    /** GET /actuator/health, which must answer with this HTTP status; never shows the token. */
    private JsonNode health(int expectedStatus) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expectedStatus);
        assertThat(response.getBody()).doesNotContain(SANDBOX.userToken());
        return new ObjectMapper().readTree(response.getBody());
    }

    /** The cam check's state among the Camel checks: components.camelHealth.details["producer:cam:<url>"]. */
    private static String camState(JsonNode health) {
        JsonNode state = health.path("components").path("camelHealth").path("details").path(camCheckId());
        assertThat(state.isMissingNode()).as(health.toPrettyString()).isFalse();
        return state.asText();
    }

    /** Its details: components.camelHealth.details["producer:cam:<url>.data"]. */
    private static JsonNode camData(JsonNode health) {
        return health.path("components").path("camelHealth").path("details").path(camCheckId() + ".data");
    }

    private static String camCheckId() {
        return "producer:cam:" + SANDBOX.url() + "/";
    }
}
