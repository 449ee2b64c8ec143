package io.camelcam.component.binding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

class SendMessageBindingTest extends CamTestSupport {

    @TempDir
    Path dir;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ops").to("cam:sendMessage?room=ops");
                from("direct:dm").to("cam:sendMessage?users=alice@example.com,bob@example.com");
                from("direct:any").to("cam:sendMessage");
                from("direct:sealed").to("cam:sendMessage?room=ops&sealed=true&users=oncall@example.com");
            }
        };
    }

    @Test
    void stringBodyGoesToTheRoomAndTheBodyIsLeftAsItWas() {
        Exchange out = send("direct:ops", "deploy finished");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo("deploy finished");
        List<ReceivedMessage> received = SANDBOX.sandbox().messagesIn("ops");
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("deploy finished");
            assertThat(m.users()).isEmpty();
            assertThat(m.opened()).isFalse();
            assertThat(m.operation()).isEqualTo("sendMessage");
        });
    }

    @Test
    void usersWithoutRoomMakeADirectMessage() {
        send("direct:dm", "hello");

        assertThat(SANDBOX.sandbox().messagesIn("messenger")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("hello");
            assertThat(m.users()).containsExactly("alice@example.com", "bob@example.com");
        });
    }

    @Test
    void sealedAndMentionsAreSent() {
        send("direct:sealed", "secret plan");

        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement().satisfies(m -> {
            assertThat(m.opened()).isTrue();
            assertThat(m.users()).containsExactly("oncall@example.com");
        });
    }

    @Test
    void headersOverrideTheUri() {
        send("direct:ops", "to general instead", CamConstants.ROOM, "general",
                CamConstants.USERS, List.of("carol@example.com"), CamConstants.SEALED, "true");

        assertThat(SANDBOX.sandbox().messagesIn("ops")).isEmpty();
        assertThat(SANDBOX.sandbox().messagesIn("general")).singleElement().satisfies(m -> {
            assertThat(m.users()).containsExactly("carol@example.com");
            assertThat(m.opened()).isTrue();
        });
    }

    @Test
    void camMessageAndMapBodiesGiveFullControl() {
        send("direct:any", CamMessage.toRoom("test", "from a record").mentioning("user1@test.com"));
        send("direct:any", Map.of("room", "test", "text", "from a map", "users", "user2@test.com", "sealed", true));
        send("direct:any", Map.of("panelName", "messenger", "message", "wire names",
                "generalPurposes", Map.of("users", "user1@xxx.com,user2@xxx.com")));

        assertThat(SANDBOX.sandbox().messagesIn("test")).extracting(ReceivedMessage::text, ReceivedMessage::users)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("from a record", List.of("user1@test.com")),
                        org.assertj.core.groups.Tuple.tuple("from a map", List.of("user2@test.com")));
        assertThat(SANDBOX.sandbox().messagesIn("messenger")).singleElement()
                .satisfies(m -> assertThat(m.users()).containsExactly("user1@xxx.com", "user2@xxx.com"));
    }

    @Test
    void japaneseAndFormSpecialCharactersArriveUnchanged() {
        String text = "会議室の予約が変更されました & 100% + a=b ?x #y 😀";
        send("direct:any", text, CamConstants.ROOM, "ルーム名");

        assertThat(SANDBOX.sandbox().messagesIn("ルーム名")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo(text));
    }

    @Test
    void fileAndBytesBodiesAreReadAsText() throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "from a file 日本語", StandardCharsets.UTF_8);
        send("direct:ops", file.toFile());
        send("direct:ops", "from bytes".getBytes(StandardCharsets.UTF_8));

        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(ReceivedMessage::text)
                .containsExactly("from a file 日本語", "from bytes");
    }

    @Test
    void badInputFailsTheExchangeBeforeAnythingIsSent() {
        assertRejected(send("direct:ops", "   "), "body");
        assertRejected(send("direct:ops", null), "body");
        assertRejected(send("direct:any", "no room, no users"), "room");
        assertRejected(send("direct:ops", "x", CamConstants.USERS, "not-an-address"), "users");
        assertRejected(send("direct:ops", 42), "body");
        assertRejected(send("direct:ops", "x".repeat(10_001)), "text");
        assertRejected(send("direct:any", Map.of("room", "ops", "txt", "typo")), "body.txt");
        assertRejected(send("direct:ops", "x", CamConstants.SEALED, "maybe"), CamConstants.SEALED);
        assertRejected(send("direct:ops", "x", CamConstants.OPERATION, "sendMail"), CamConstants.OPERATION);

        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    private static void assertRejected(Exchange exchange, String field) {
        assertThat(exchange.getException()).isInstanceOf(CamValidationException.class)
                .hasMessageContaining(field);
    }

    @Test
    void unknownRoomIsCamError404() {
        Exchange out = send("direct:any", "hello", CamConstants.ROOM, "no-such-room");

        assertThat(out.getException()).isInstanceOfSatisfying(CamApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("404");
            assertThat(e.getMessage()).contains("404").contains("SC_NOT_FOUND");
        });
        assertThat(SANDBOX.sandbox().messages()).isEmpty();
    }
}
