package io.camelcam.component.binding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;

class SendMessagesBindingTest extends CamTestSupport {

    /** The manual's messages.json, trailing comma and all. */
    static final String SEED_MESSAGES_JSON = """
            messages=[
            {"message":"こんにちは 1","property":{"users":"user1@test.com,user2@test.com"}},
            {"message":"こんにちは 2","property":{"users":"user1@test.com,user2@test.com"}},
            {"message":"こんにちは 3","property":{"users":"user1@test.com,user2@test.com"}},
            {"message":"こんにちは 4","property":{"users":"user1@test.com,user2@test.com"}},
            ]
            """;

    @TempDir
    Path dir;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ops").to("cam:sendMessages?room=ops");
                from("direct:any").to("cam:sendMessages");
            }
        };
    }

    @Test
    void listOfStringsGoesToTheRoomWithACount() {
        Exchange out = send("direct:ops", List.of("one", "two", "three"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CamConstants.MESSAGE_COUNT)).isEqualTo(3);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(ReceivedMessage::text)
                .containsExactly("one", "two", "three");
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
    }

    @Test
    void mixedElementsMapToMessages() {
        send("direct:ops", List.of(
                "plain to ops",
                CamMessage.direct("direct", "alice@example.com"),
                Map.of("send", "test", "message", "wire names to test"),
                Map.of("text", "mentions in ops", "room", "ops", "users", List.of("bob@example.com")),
                Map.of("text", "users but no room: direct, as in messages.json", "users", "carol@example.com")));

        assertThat(SANDBOX.sandbox().messages()).extracting(ReceivedMessage::panelName, ReceivedMessage::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ops", "plain to ops"),
                        org.assertj.core.groups.Tuple.tuple("messenger", "direct"),
                        org.assertj.core.groups.Tuple.tuple("test", "wire names to test"),
                        org.assertj.core.groups.Tuple.tuple("ops", "mentions in ops"),
                        org.assertj.core.groups.Tuple.tuple("messenger", "users but no room: direct, as in messages.json"));
    }

    @Test
    void theManualsMessagesJsonFileWorksAsStringBytesStreamAndFile() throws Exception {
        Path file = dir.resolve("messages.json");
        Files.writeString(file, SEED_MESSAGES_JSON, StandardCharsets.UTF_8);
        byte[] bytes = SEED_MESSAGES_JSON.getBytes(StandardCharsets.UTF_8);

        for (Object body : List.of(SEED_MESSAGES_JSON, bytes, new ByteArrayInputStream(bytes), file.toFile())) {
            Exchange out = send("direct:any", body);
            assertThat(out.getException()).as(body.getClass().getSimpleName()).isNull();
        }

        List<ReceivedMessage> direct = SANDBOX.sandbox().messagesIn("messenger");
        assertThat(direct).hasSize(16);
        assertThat(direct.get(0).text()).isEqualTo("こんにちは 1");
        assertThat(direct.get(0).users()).containsExactly("user1@test.com", "user2@test.com");
    }

    @Test
    void aPlainJsonArrayWorksToo() {
        send("direct:any", "[{\"send\": \"test\", \"message\":\"テスト 1\"}]");

        assertThat(SANDBOX.sandbox().messagesIn("test")).extracting(ReceivedMessage::text).containsExactly("テスト 1");
    }

    @Test
    void oneBadElementRejectsTheWholeBatchBeforeSending() {
        Exchange out = send("direct:ops", List.of("fine", " ", "fine too"));

        assertThat(out.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("messages[1]");
        Exchange tooMany = send("direct:ops", new ArrayList<>(java.util.Collections.nCopies(1001, "x")));
        assertThat(tooMany.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("1000");
        Exchange notJson = send("direct:ops", "messages=[{oops");
        assertThat(notJson.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("JSON");
        Exchange empty = send("direct:ops", List.of());
        assertThat(empty.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("messages");

        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void camRejectsTheBatchAsAWhole() {
        Exchange out = send("direct:any", List.of(CamMessage.toRoom("ops", "ok"), CamMessage.toRoom("nowhere", "lost")));

        assertThat(out.getException()).isInstanceOf(CamApiException.class).hasMessageContaining("404");
        assertThat(SANDBOX.sandbox().messages()).isEmpty();
    }
}
