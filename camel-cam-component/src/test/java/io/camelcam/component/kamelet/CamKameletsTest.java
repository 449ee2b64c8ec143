package io.camelcam.component.kamelet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.component.CamTestSupport;
import io.camelcam.sandbox.SandboxReservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three Kamelets of the jar (src/main/resources/kamelets), found on the classpath by the kamelet:
 * component as users' routes find them, each given the sandbox's URL and token as its properties.
 */
class CamKameletsTest extends CamTestSupport {

    static final String CONNECTION = "serverUrl={{cam.url}}&apiToken={{cam.token}}";
    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:room").to("kamelet:cam-sink?" + CONNECTION + "&room=ops&users=oncall@example.com");
                from("direct:dm").to("kamelet:cam-sink?" + CONNECTION + "&users=alice@example.com,bob@example.com");
                from("direct:call").to("kamelet:cam-quick-call-action?" + CONNECTION + "&expiresIn=30m");
                from("kamelet:cam-reservation-source?" + CONNECTION + "&delay=200ms&timeZone=Asia/Tokyo")
                        .routeId("reservations").autoStartup(false).to("mock:reservations");
            }
        };
    }

    @Test
    void sinkPostsTheBodyToTheRoomMentioningTheUsers() {
        Exchange out = send("direct:room", "deploy finished");

        assertThat(out.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("deploy finished");
            assertThat(m.users()).containsExactly("oncall@example.com");
            assertThat(m.opened()).isFalse();
        });
    }

    @Test
    void sinkWithoutRoomSendsADirectMessage() {
        send("direct:dm", "your report is ready");

        assertThat(SANDBOX.sandbox().messagesIn("messenger")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("your report is ready");
            assertThat(m.users()).containsExactly("alice@example.com", "bob@example.com");
        });
    }

    @Test
    void actionReturnsTheQuickCallAsJson() throws IOException {
        Exchange out = send("direct:call", "a meeting, please");

        assertThat(out.getException()).isNull();
        JsonNode call = JSON.readTree(out.getMessage().getBody(String.class));
        String url = SANDBOX.sandbox().quickCalls().get(0).url();
        assertThat(call.path("url").asText()).isEqualTo(url);
        assertThat(call.path("expiresAt").asText()).as("ISO-8601, not a number").contains("T").endsWith("Z");
        assertThat(out.getMessage().getHeader("cam-quick-call-url")).isEqualTo(url);
    }

    @Test
    void sourceEmitsOneEventPerChange() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:reservations");
        context.getRouteController().startRoute("reservations");
        // the first poll takes the baseline; a change made before it would be part of it
        await().atMost(Duration.ofSeconds(10)).until(() -> SANDBOX.sandbox().requests().stream()
                .anyMatch(r -> r.operation().equals("getConferenceRoomStatus")));

        YearMonth month = YearMonth.now(ZoneId.of("Asia/Tokyo"));
        LocalDateTime start = month.atDay(month.lengthOfMonth()).atTime(9, 0);
        SandboxReservation booked = SANDBOX.sandbox().putReservation(
                new SandboxReservation(null, "CR003", null, "Design review", start, start.plusHours(1), "alice", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedCounter() == 1);
        SANDBOX.sandbox().cancelReservation(booked.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedCounter() == 2);

        List<Exchange> received = events.getReceivedExchanges();
        assertThat(received).extracting(e -> e.getMessage().getHeader("cam-change-type")).containsExactly("CREATED", "DELETED");
        for (Exchange event : received) {
            assertThat(event.getMessage().getHeader("cam-reservation-id")).isEqualTo(booked.id());
            assertThat(event.getMessage().getHeader("cam-room-id")).isEqualTo("CR003");
            JsonNode body = JSON.readTree(event.getMessage().getBody(String.class));
            assertThat(body.path("id").asText()).isEqualTo(booked.id());
            assertThat(body.path("title").asText()).isEqualTo("Design review");
            assertThat(LocalDateTime.parse(body.path("start").asText())).isEqualTo(start);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "cam-sink", "cam-reservation-source", "cam-quick-call-action" })
    void kameletNamesTheJarOfThisBuildAndMarksTheTokenAsACredential(String name) throws IOException {
        String kamelet;
        try (InputStream in = getClass().getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            kamelet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(kamelet)).get("spec");
        assertThat((List<?>) spec.get("dependencies")).as("the build filled in its version")
                .anyMatch(d -> d.toString().matches("mvn:io\\.camelcam:camel-cam:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"))
                .allMatch(d -> !d.toString().contains("@"));
        Map<?, ?> apiToken = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) spec.get("definition")).get("properties")).get("apiToken");
        assertThat(apiToken.get("format")).isEqualTo("password");
        assertThat(apiToken.get("x-descriptors")).isEqualTo(List.of("urn:camel:group:credentials"));
        assertThat(kamelet).doesNotContain("@project.version@", "@jackson.version@");
    }
}
