package io.camelcam.client.json;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import io.camelcam.client.model.CamMessage;
import io.camelcam.client.operation.RequestBody;
import io.camelcam.client.operation.SendMessage;
import io.camelcam.client.operation.SendMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JsonText} writes what Jackson's default generator writes, character for character, for any
 * text: the sendMessage and sendMessages bodies it now writes are byte for byte the ones written with
 * Jackson before. Strings cover every control character, quotes, backslashes, non-ASCII text and
 * unpaired surrogates.
 */
class JsonTextPropertyTest {

    @Property(tries = 2000)
    void aStringFieldIsWrittenAsJacksonWritesIt(@ForAll("texts") String name, @ForAll("texts") String value) throws IOException {
        String ours = new JsonText(16).startObject().field(name, value).field("b", true).endObject().toString();

        assertThat(ours).isEqualTo(jackson(json -> {
            json.writeStartObject();
            json.writeStringField(name, value);
            json.writeBooleanField("b", true);
            json.writeEndObject();
        }));
    }

    @Property(tries = 1000)
    void sendMessageBodyIsTheOneJacksonWrote(@ForAll("messages") CamMessage message) throws IOException {
        String expected = jackson(json -> {
            json.writeStartObject();
            json.writeStringField("panelName", message.panelName());
            json.writeStringField("message", message.text());
            json.writeBooleanField("isOpened", message.sealed());
            if (!message.users().isEmpty()) {
                json.writeObjectFieldStart("generalPurposes");
                json.writeStringField("users", String.join(",", message.users()));
                json.writeEndObject();
            }
            json.writeEndObject();
        });

        RequestBody.Form body = (RequestBody.Form) new SendMessage(message).body();

        assertThat(body.fields()).containsExactly(Map.entry("message", expected));
    }

    @Property(tries = 300)
    void sendMessagesBodyIsTheOneJacksonWrote(@ForAll("batches") List<CamMessage> messages) throws IOException {
        String expected = jackson(json -> {
            json.writeStartArray();
            for (CamMessage m : messages) {
                json.writeStartObject();
                if (!m.isDirect()) {
                    json.writeStringField("send", m.room());
                }
                json.writeStringField("message", m.text());
                if (!m.users().isEmpty()) {
                    json.writeObjectFieldStart("property");
                    json.writeStringField("users", String.join(",", m.users()));
                    json.writeEndObject();
                }
                if (m.sealed()) {
                    json.writeBooleanField("isOpened", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        });

        RequestBody.Form body = (RequestBody.Form) new SendMessages(messages).body();

        assertThat(body.fields()).containsExactly(Map.entry("messages", expected));
    }

    @Example
    void controlCharactersUseJacksonsShortAndLongEscapes() {
        String ours = new JsonText(16).startArray().startObject().field("t", "a\"b\\c\b\t\n\f\r\u0000\u001f\u007f/é𝄞")
                .endObject().startObject().endObject().endArray().toString();

        assertThat(ours).isEqualTo("[{\"t\":\"a\\\"b\\\\c\\b\\t\\n\\f\\r\\u0000\\u001F\u007f/é𝄞\"},{}]");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> special = Arbitraries.of('"', '\\', '/', '\b', '\t', '\n', '\f', '\r', '\u0000', '\u001f',
                '\u007f', 'é', '日', '\ud834', '\udd1e', ' ', ',');
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(Tuple.of(3, special), Tuple.of(1, any),
                        Tuple.of(3, Arbitraries.chars().alpha()))
                .list().ofMaxSize(40).map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                });
    }

    @Provide
    Arbitrary<CamMessage> messages() {
        Arbitrary<String> room = Arbitraries.of("general", "ops \"team\"", "会議室", "a\\b").injectNull(0.3);
        Arbitrary<String> text = texts().filter(t -> !t.isBlank());
        Arbitrary<List<String>> users = Arbitraries.of("alice@example.com", "bob@example.org", "c.d+e@example.jp")
                .list().ofMaxSize(3);
        return Combinators.combine(room, text, users, Arbitraries.of(true, false))
                .as(CamMessage::new)
                .filter(m -> !m.isDirect() || !m.users().isEmpty());
    }

    @Provide
    Arbitrary<List<CamMessage>> batches() {
        return messages().list().ofMinSize(1).ofMaxSize(20);
    }

    private interface Writing {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private static String jackson(Writing writing) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = ModelJson.MAPPER.getFactory().createGenerator(text)) {
            writing.writeTo(json);
        }
        return text.toString();
    }
}
