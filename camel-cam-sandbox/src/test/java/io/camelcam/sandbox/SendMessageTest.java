package io.camelcam.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.message;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

class SendMessageTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static RawHttpClient.Answer send(String messageJson) {
        return post(SANDBOX.sandbox(), "sendMessage", SANDBOX.userToken(), "message", messageJson);
    }

    private static void assertInvalid(RawHttpClient.Answer answer, String message) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.camStatus()).isEqualTo(520);
        assertThat(answer.errorCodes()).containsExactly("400");
        assertThat(answer.errorMessages()).containsExactly(message);
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
    }

    @Test
    void sendsADirectMessage() {
        RawHttpClient.Answer answer = send(message("messenger", "Hello", "user1@xxx.com, USER2@xxx.com ,"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(answer.body()).isEqualTo("{\"status\":200}");
        ReceivedMessage m = SANDBOX.sandbox().messages().get(0);
        assertThat(m.operation()).isEqualTo("sendMessage");
        assertThat(m.panelName()).isEqualTo("messenger");
        assertThat(m.text()).isEqualTo("Hello");
        assertThat(m.users()).containsExactly("user1@xxx.com", "user2@xxx.com");
        assertThat(m.opened()).isFalse();
        assertThat(m.seq()).isEqualTo(1);
        assertThat(SANDBOX.sandbox().messagesIn("messenger")).containsExactly(m);
    }

    @Test
    void sendsToARoomByNameOrIdWithOptionalMentionsAndSealedFlag() {
        String opsId = SANDBOX.sandbox().chatRooms().stream().filter(r -> r.name().equals("ops")).findFirst().orElseThrow().id();
        assertThat(send("{\"panelName\":\"general\",\"message\":\"no mentions\"}").camStatus()).isEqualTo(200);
        assertThat(send("{\"panelName\":\"" + opsId + "\",\"message\":\"sealed\",\"isOpened\":true,"
                + "\"generalPurposes\":{\"users\":\"oncall@example.com\"}}").camStatus()).isEqualTo(200);

        assertThat(SANDBOX.sandbox().messagesIn("general")).singleElement()
                .satisfies(m -> assertThat(m.users()).isEmpty());
        assertThat(SANDBOX.sandbox().messagesIn(opsId)).singleElement().satisfies(m -> {
            assertThat(m.panelName()).isEqualTo("ops");
            assertThat(m.opened()).isTrue();
            assertThat(m.users()).containsExactly("oncall@example.com");
        });
    }

    @Test
    void roundTripsJapaneseEmojiAndFormSpecialCharacters() {
        String text = "こんにちは 🎉 a&b=c+d%20e%";
        assertThat(send(message("general", text, null)).camStatus()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().messages().get(0).text()).isEqualTo(text);
    }

    @Test
    void acceptsExactlyTheLimitAndCountsCodePoints() {
        String limit = "🎉".repeat(SandboxLimits.MAX_MESSAGE_CHARS);
        assertThat(send(message("general", limit, null)).camStatus()).isEqualTo(200);
        SANDBOX.sandbox().reset();
        assertInvalid(send(message("general", limit + "x", null)),
                "SC_INVALID_PARAMETER: message.message: longer than 10000 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                 | {oops                                               | message: not valid JSON",
            "not an object            | [1,2]                                               | message: expected a JSON object",
            "string, not object       | \"{}\"                                              | message: expected a JSON object",
            "no panelName             | {\"message\":\"x\"}                                 | message.panelName: missing",
            "blank panelName          | {\"panelName\":\" \",\"message\":\"x\"}             | message.panelName: blank",
            "numeric panelName        | {\"panelName\":1,\"message\":\"x\"}                 | message.panelName: expected a string",
            "no text                  | {\"panelName\":\"general\"}                         | message.message: missing",
            "blank text               | {\"panelName\":\"general\",\"message\":\"  \"}      | message.message: blank",
            "isOpened as a string     | {\"panelName\":\"general\",\"message\":\"x\",\"isOpened\":\"false\"} | message.isOpened: expected true or false",
            "generalPurposes a string | {\"panelName\":\"general\",\"message\":\"x\",\"generalPurposes\":\"a@b.co\"} | message.generalPurposes: expected a JSON object",
            "users as an array        | {\"panelName\":\"general\",\"message\":\"x\",\"generalPurposes\":{\"users\":[\"a@b.co\"]}} | message.generalPurposes.users: expected a string",
            "users not e-mails        | {\"panelName\":\"general\",\"message\":\"x\",\"generalPurposes\":{\"users\":\"alice@example.com,bob\"}} | message.generalPurposes.users: 'bob' is not an e-mail address",
            "direct without users     | {\"panelName\":\"messenger\",\"message\":\"x\"}     | message.generalPurposes.users: missing",
            "direct with blank users  | {\"panelName\":\"messenger\",\"message\":\"x\",\"generalPurposes\":{\"users\":\" , \"}} | message.generalPurposes.users: missing",
    })
    void refusesMalformedMessagesNamingTheField(String why, String json, String expected) {
        RawHttpClient.Answer answer = send(json);
        assertThat(answer.camStatus()).as(why).isEqualTo(520);
        assertThat(answer.errorCodes()).containsExactly("400");
        assertThat(answer.errorMessages().get(0)).startsWith("SC_INVALID_PARAMETER: " + expected);
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
    }

    @Test
    void refusesAMissingMessageField() {
        assertInvalid(post(SANDBOX.sandbox(), "sendMessage", SANDBOX.userToken(), "other", "1"),
                "SC_INVALID_PARAMETER: message: missing");
    }

    @Test
    void answersNotFoundForUnknownRoomsAndUsers() {
        RawHttpClient.Answer room = send(message("no-such-room", "x", null));
        assertThat(room.errorCodes()).containsExactly("404");
        assertThat(room.errorMessages()).containsExactly("SC_NOT_FOUND: chat room 'no-such-room'");

        RawHttpClient.Answer user = send(message("messenger", "x", "alice@example.com,nobody@example.com"));
        assertThat(user.errorCodes()).containsExactly("404");
        assertThat(user.errorMessages()).containsExactly("SC_NOT_FOUND: user 'nobody@example.com'");

        SandboxUser bob = SANDBOX.sandbox().users().stream().filter(u -> u.email().equals("bob@example.com")).findFirst().orElseThrow();
        SANDBOX.sandbox().putUser(new SandboxUser(bob.id(), bob.email(), bob.name(), null, null, null, "user", true));
        RawHttpClient.Answer deleted = send(message("general", "x", "bob@example.com"));
        assertThat(deleted.errorCodes()).containsExactly("404");
        assertThat(deleted.errorMessages()).containsExactly("SC_NOT_FOUND: user 'bob@example.com' is deleted");
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
    }

    @Test
    void retainsOnlyTheNewestMessagesButCountsAll() {
        try (CamSandbox small = CamSandbox.builder().maxRetainedMessages(3).start()) {
            for (int i = 1; i <= 5; i++) {
                assertThat(post(small, "sendMessage", small.userToken(), "message", message("general", "m" + i, null))
                        .camStatus()).isEqualTo(200);
            }
            assertThat(small.messageCount()).isEqualTo(5);
            assertThat(small.messages()).extracting(ReceivedMessage::text).containsExactly("m3", "m4", "m5");
            assertThat(small.messages()).extracting(ReceivedMessage::seq).containsExactly(3L, 4L, 5L);
        }
    }
}
