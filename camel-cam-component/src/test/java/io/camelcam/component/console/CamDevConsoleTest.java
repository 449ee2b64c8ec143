package io.camelcam.component.console;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamApiException;
import io.camelcam.component.CamComponent;
import io.camelcam.component.CamTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cam dev console as {@code camel get} or Hawtio read it: through the context's
 * DevConsoleRegistry, after real calls (and a refused one) to the sandbox and a consumer's polls.
 */
class CamDevConsoleTest extends CamTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        // the readiness check asks CAM once in the test, when the console first reads it
        context.getComponent("cam", CamComponent.class).setHealthCheckInterval(3_600_000L);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("cam:sendMessage");
                // connection settings of its own, so its polls do not count on the producer's transport
                from("cam:getConferenceRooms?maxConnections=2&delay=50&stateKey=rooms").routeId("rooms")
                        .to("mock:rooms");
            }
        };
    }

    @Test
    void reportsTransportsReadinessAndConsumersWithoutSecrets() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("direct:send", "hello " + i, "CamelCamRoom", "ops").getException()).isNull();
        }
        Exchange refused = send("direct:send", "to nowhere", "CamelCamRoom", "no-such-room");
        assertThat(refused.getException()).isInstanceOf(CamApiException.class);

        DevConsole console = DevConsoleRegistry.get(context).resolveById("cam");
        assertThat(console).as("the cam console is found by its id").isNotNull();
        await().untilAsserted(() -> assertThat(consumer(json(console)).get("lastPollTime")).isNotNull());

        Map<String, Object> json = json(console);
        Map<String, Object> component = list(json, "components").get(0);
        assertThat(component).containsEntry("name", "cam");
        Map<String, Object> producerTransport = list(component, "transports").stream()
                .filter(t -> t.get("connectionSettings").toString().startsWith("maxConnections=64")).findFirst().orElseThrow();
        // four sends and the readiness check's one getConferenceMaster
        assertThat(producerTransport).containsEntry("calls", 5L).containsEntry("failures", 1L)
                .containsEntry("leased", 0).containsEntry("pending", 0);
        assertThat((Map<String, Object>) producerTransport.get("failuresByType")).containsOnly(Map.entry("CamApiException", 1L));
        assertThat(producerTransport.get("lastCallFailure").toString()).contains("CamApiException", "no-such-room");
        assertThat(list(component, "readiness")).singleElement()
                .satisfies(check -> assertThat(check).containsEntry("state", "UP"));
        Map<String, Object> consumer = consumer(json);
        assertThat(consumer).containsEntry("routeId", "rooms").containsEntry("stateKey", "rooms")
                .containsEntry("baselineSize", SANDBOX.sandbox().conferenceRooms().size());
        assertThat(consumer.get("lastPollOutcome").toString()).endsWith("change(s) emitted");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Component cam", "Calls: ", "CamApiException=1", "Readiness producer:cam:",
                "State key: rooms", "Baseline size: " + SANDBOX.sandbox().conferenceRooms().size());
        assertThat(text + json).doesNotContain(SANDBOX.userToken());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(DevConsole console) {
        return (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    private static Map<String, Object> consumer(Map<String, Object> json) {
        return list(json, "consumers").get(0);
    }
}
