package io.camelcam.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.sandbox.DriftKind;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A CAM server whose answers depart from the assumed contract is visible in the log: one WARN per
 * operation and field, naming the field and never a value.
 */
class AnswerDriftWarningsTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private CamClient client;

    @BeforeEach
    void client() {
        client = CamClient.builder().serverUrl(SANDBOX.url()).apiToken(SANDBOX.userToken())
                .responseTimeout(Duration.ofSeconds(10)).retryPolicy(RetryPolicy.NONE).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static List<String> driftLines(LogCapture log) {
        return log.lines().stream().filter(line -> line.startsWith("WARN") && line.contains("answer")).toList();
    }

    @Test
    void unknownFieldsAreNamedOncePerOperationAndFieldWithoutTheirValues() throws Exception {
        SANDBOX.sandbox().drift().set(DriftKind.EXTRA_FIELDS);
        try (LogCapture log = LogCapture.open()) {
            List<ConferenceRoom> rooms = client.getConferenceMaster().get(30, TimeUnit.SECONDS);
            client.getConferenceMaster().get(30, TimeUnit.SECONDS);
            client.sendMessage(CamMessage.toRoom("ops", "drift")).get(30, TimeUnit.SECONDS);
            client.sendMessage(CamMessage.toRoom("ops", "drift again")).get(30, TimeUnit.SECONDS);

            assertThat(rooms).isNotEmpty();
            assertThat(driftLines(log)).hasSize(3)
                    .anySatisfy(line -> assertThat(line).contains("getConferenceMaster").contains("'sandboxExtra'"))
                    .anySatisfy(line -> assertThat(line).contains("getConferenceMaster")
                            .contains("'conferenceRooms[].sandboxExtra'"))
                    .anySatisfy(line -> assertThat(line).contains("sendMessage").contains("'sandboxExtra'"));
            assertThat(String.join("\n", log.lines())).doesNotContain("added by the sandbox")
                    .doesNotContain(rooms.get(0).name()).doesNotContain(SANDBOX.userToken());
        }
    }

    @Test
    void aMissingFieldIsNamedAndTheCallStillFailsAsBefore() {
        SANDBOX.sandbox().drift().set(DriftKind.MISSING_FIELDS, "createQuickCall");
        try (LogCapture log = LogCapture.open()) {
            assertThatThrownBy(() -> client.createQuickCall(Instant.now().plusSeconds(3600), "s3cret-pass")
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(CamResponseException.class);

            assertThat(driftLines(log)).singleElement().satisfies(line -> assertThat(line)
                    .contains("createQuickCall").contains("lacks the field 'url'"));
            assertThat(String.join("\n", log.lines())).doesNotContain("s3cret-pass");
        }
    }

    @Test
    void answersAsAssumedLogNothing() throws Exception {
        try (LogCapture log = LogCapture.open()) {
            client.getConferenceMaster().get(30, TimeUnit.SECONDS);
            client.sendMessage(CamMessage.toRoom("ops", "as assumed")).get(30, TimeUnit.SECONDS);

            assertThat(driftLines(log)).isEmpty();
        }
    }
}
