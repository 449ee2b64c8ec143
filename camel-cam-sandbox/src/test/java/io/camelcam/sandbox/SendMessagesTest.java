package io.camelcam.sandbox;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

class SendMessagesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static RawHttpClient.Answer send(String array) {
        return post(SANDBOX.sandbox(), "sendMessages", SANDBOX.userToken(), "messages", array);
    }

    @Test
    void sendsDirectAndRoomMessagesTogetherToleratingATrailingComma() {
        RawHttpClient.Answer answer = send("[{\"message\":\"こんにちは 1\",\"property\":{\"users\":\"user1@test.com,user2@test.com\"}},"
                + "{\"send\":\"test\",\"message\":\"テスト 1\",\"isOpened\":true},]");

        assertThat(answer.body()).isEqualTo("{\"status\":200}");
        assertThat(SANDBOX.sandbox().messages()).satisfiesExactly(
                m -> {
                    assertThat(m.operation()).isEqualTo("sendMessages");
                    assertThat(m.panelName()).isEqualTo("messenger");
                    assertThat(m.users()).containsExactly("user1@test.com", "user2@test.com");
                },
                m -> {
                    assertThat(m.panelName()).isEqualTo("test");
                    assertThat(m.text()).isEqualTo("テスト 1");
                    assertThat(m.opened()).isTrue();
                });
    }

    @Test
    void reportsEveryBadElementAndAppliesNone() {
        RawHttpClient.Answer answer = send("[{\"message\":\"fine\",\"send\":\"general\"},"
                + "{\"message\":\"no users\"},"
                + "{\"message\":\"x\",\"send\":\"nowhere\"},"
                + "{\"message\":\"x\",\"property\":{\"users\":\"bad\"}},"
                + "42,"
                + "{\"send\":\"general\"}]");

        assertThat(answer.camStatus()).isEqualTo(520);
        assertThat(answer.errorCodes()).containsExactly("400", "404", "400", "400", "400");
        assertThat(answer.errorMessages()).containsExactly(
                "SC_INVALID_PARAMETER: messages[1].property.users: missing: a direct message (messenger) needs at least one recipient",
                "SC_NOT_FOUND: chat room 'nowhere'",
                "SC_INVALID_PARAMETER: messages[3].property.users: 'bad' is not an e-mail address",
                "SC_INVALID_PARAMETER: messages[4]: expected a JSON object",
                "SC_INVALID_PARAMETER: messages[5].message: missing");
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
    }

    @Test
    void refusesEmptyNonArrayAndOversizedBatches() {
        assertThat(send("[]").errorMessages()).containsExactly("SC_INVALID_PARAMETER: messages: empty array");
        assertThat(send("{\"message\":\"x\"}").errorMessages()).containsExactly("SC_INVALID_PARAMETER: messages: expected a JSON array");
        assertThat(post(SANDBOX.sandbox(), "sendMessages", SANDBOX.userToken()).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: messages: missing");

        String element = "{\"send\":\"general\",\"message\":\"m\"}";
        String atLimit = IntStream.range(0, SandboxLimits.MAX_MESSAGES_PER_CALL).mapToObj(i -> element)
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(send(atLimit).camStatus()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().messageCount()).isEqualTo(1000);

        String overLimit = atLimit.replace("]", "," + element + "]");
        assertThat(send(overLimit).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: messages: more than 1000 elements (1001)");
        assertThat(SANDBOX.sandbox().messageCount()).isEqualTo(1000);
    }

    @Test
    void givesABatchConsecutiveSequenceNumbers() {
        send("[{\"send\":\"general\",\"message\":\"a\"},{\"send\":\"ops\",\"message\":\"b\"},{\"send\":\"test\",\"message\":\"c\"}]");
        assertThat(SANDBOX.sandbox().messages()).extracting(ReceivedMessage::seq).containsExactly(1L, 2L, 3L);
        assertThat(SANDBOX.sandbox().messages()).extracting(ReceivedMessage::receivedAt).containsOnly(
                SANDBOX.sandbox().messages().get(0).receivedAt());
    }
}
