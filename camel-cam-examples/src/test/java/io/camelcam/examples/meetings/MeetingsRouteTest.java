package io.camelcam.examples.meetings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** POST /meetings: a quick call for the groupware, announced in a room, its password only in the answer. */
class MeetingsRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @TempDir
    static Path workDir;

    static RunningExamples examples;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        examples = RunningExamples.start(SANDBOX.sandbox(), workDir, Map.of(
                "camel.main.route-filter-include-pattern", "meetings*"));
    }

    @AfterAll
    static void stop() throws Exception {
        examples.close();
    }

    @Test
    void aMeetingGetsAQuickCallAnnouncedWithoutItsPassword(CamSandbox sandbox) throws Exception {
        HttpResponse<String> response;
        try (LogCapture log = LogCapture.open()) {
            response = post("{\"title\": \"Design review\"}");

            JsonNode meeting = JSON.readTree(response.body());
            String password = meeting.get("password").asText();
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(meeting.get("url").asText()).startsWith(sandbox.url() + "/quick/");
            assertThat(Instant.parse(meeting.get("expiresAt").asText()))
                    .isCloseTo(Instant.now().plus(Duration.ofHours(1)), within(Duration.ofMinutes(1)));
            assertThat(password).hasSize(16);
            assertThat(meeting.get("room").asText()).isEqualTo("general");
            assertThat(meeting.get("announced").asBoolean()).isTrue();

            assertThat(sandbox.quickCalls()).singleElement().satisfies(call -> {
                assertThat(call.url()).isEqualTo(meeting.get("url").asText());
                assertThat(call.passwordSet()).isTrue();
            });
            assertThat(sandbox.messagesIn("general")).singleElement().satisfies(m -> assertThat(m.text())
                    .contains("Design review", meeting.get("url").asText()).doesNotContain(password));
            assertThat(log.lines()).noneMatch(line -> line.contains(password));
        }
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.startsWith("Camel"));
    }

    @Test
    void theRequestChoosesTheRoomAndHowLongTheCallLasts(CamSandbox sandbox) throws Exception {
        HttpResponse<String> response = post("{\"title\": \"Incident bridge\", \"room\": \"ops\", \"expiresIn\": \"30m\"}");

        JsonNode meeting = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Instant.parse(meeting.get("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(30)), within(Duration.ofMinutes(1)));
        assertThat(sandbox.messagesIn("ops")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Incident bridge"));
    }

    @Test
    void anEmptyRequestTakesTheDefaults(CamSandbox sandbox) throws Exception {
        HttpResponse<String> response = post("");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(sandbox.messagesIn("general")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Quick call"));
    }

    @Test
    void badRequestsAreRefusedWithTheReasonAndMakeNoCall(CamSandbox sandbox) throws Exception {
        assertBadRequest(post("{\"title\": "), "not a meeting request");
        assertBadRequest(post("{\"topic\": \"x\"}"), "topic");
        assertBadRequest(post("{\"expiresIn\": \"soon\"}"), "expiresIn");
        assertBadRequest(post("{\"title\": \"" + "x".repeat(300) + "\"}"), "title");

        assertThat(sandbox.quickCalls()).isEmpty();
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void aCallMadeButNotAnnouncedIsStillReturned(CamSandbox sandbox) throws Exception {
        HttpResponse<String> response = post("{\"room\": \"no-such-room\"}");

        JsonNode meeting = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(meeting.get("announced").asBoolean()).isFalse();
        assertThat(sandbox.quickCalls()).hasSize(1);
    }

    @Test
    void whenCamFailsTheCallerGetsBadGateway(CamSandbox sandbox) throws Exception {
        sandbox.faults().next(1).on("createQuickCall").status(503);

        HttpResponse<String> response = post("{}");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("HTTP 503");
        assertThat(response.body()).doesNotContain("\tat ");
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(meetingsUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private static void assertBadRequest(HttpResponse<String> response, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(reason);
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(meetingsUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI meetingsUri() {
        return URI.create("http://localhost:" + examples.property("camel.server.port") + "/meetings");
    }
}
