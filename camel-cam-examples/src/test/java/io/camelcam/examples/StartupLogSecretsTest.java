package io.camelcam.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What camel-main logs from start to stop never shows the API token, the administrator's token
 * or a quick-call password, while its start-up summaries still list the properties (masked).
 */
class StartupLogSecretsTest {

    static final String USER_TOKEN = "user-token-5Yq8-never-in-logs";
    static final String ADMIN_TOKEN = "admin-token-Kd3w-never-in-logs";

    @TempDir
    Path workDir;

    @Test
    void tokensAndPasswordsStayOutOfTheLog() throws Exception {
        String password;
        List<String> lines;
        try (CamSandbox sandbox = CamSandbox.builder().userToken(USER_TOKEN).adminToken(ADMIN_TOKEN).start();
             LogCapture log = LogCapture.open()) {
            try (RunningExamples examples = RunningExamples.start(sandbox, workDir, Map.of())) {
                // every route that uses a secret, once: the admin token, the API token, a password
                Path inbox = Path.of(examples.property("file-drop.inbox"));
                Files.createDirectories(inbox);
                Files.writeString(inbox.resolve("users.csv"), "email,name\nzoe@example.com,Zoe\n");
                examples.producer().sendBody("jms:queue:chat", "hello");
                HttpResponse<String> meeting = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + examples.property("camel.server.port") + "/meetings"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                password = new ObjectMapper().readTree(meeting.body()).get("password").asText();
                examples.producer().sendBody("direct:user-sync", null);
                await().until(() -> sandbox.users().stream().anyMatch(u -> u.email().equals("zoe@example.com"))
                        && sandbox.messagesIn("general").size() >= 2);
            }
            lines = List.copyOf(log.lines());
        }

        assertThat(lines).anyMatch(line -> line.contains("Property-placeholders summary"))
                .anyMatch(line -> line.matches(".*cam\\.api-token\\s*=\\s*xxxxxx.*"))
                .anyMatch(line -> line.matches(".*cam\\.admin-token\\s*=\\s*xxxxxx.*"));
        assertThat(password).isNotBlank();
        assertThat(lines).noneMatch(line -> line.contains(USER_TOKEN))
                .noneMatch(line -> line.contains(ADMIN_TOKEN))
                .noneMatch(line -> line.contains(password));
    }

    @Test
    void aTokenSetDirectlyOnTheComponentIsMaskedToo() throws Exception {
        List<String> lines;
        // the way an operator might pass it: -Dcamel.component.cam.api-token=...
        System.setProperty("camel.component.cam.api-token", USER_TOKEN);
        try (CamSandbox sandbox = CamSandbox.builder().userToken(USER_TOKEN).adminToken(ADMIN_TOKEN).start();
             LogCapture log = LogCapture.open()) {
            try (RunningExamples examples = RunningExamples.start(sandbox, workDir, Map.of(
                    "camel.main.route-filter-include-pattern", "jms-to-chat"))) {
                examples.producer().sendBody("jms:queue:chat", "hello");
                await().until(() -> sandbox.messagesIn("general").size() == 1);
            }
            lines = List.copyOf(log.lines());
        } finally {
            System.clearProperty("camel.component.cam.api-token");
        }

        assertThat(lines).anyMatch(line -> line.matches(".*JVM System Property.*camel\\.component\\.cam\\.apiToken\\s*=\\s*xxxxxx.*"))
                .noneMatch(line -> line.contains(USER_TOKEN));
    }
}
