package io.camelcam.sandbox.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

import io.camelcam.sandbox.internal.cam.RequestRefusedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the form decoder: any bytes decode or are refused as not UTF-8 (a RequestRefusedException naming
 * the field); a properly encoded form decodes to exactly what was encoded; raw text, as the manual's
 * {@code curl -d} bodies send it, decodes to itself.
 */
class FormParserPropertyTest {

    /** What the decoder reads specially, and bytes that are not UTF-8 on their own. */
    private static final byte[] SPECIAL = {'%', '&', '=', '+', '0', '9', 'a', 'F', 'g', (byte) 0xC3, (byte) 0xA9,
            (byte) 0xE3, (byte) 0x81, (byte) 0xFF, (byte) 0x80, 0};

    @Property(tries = 1000)
    void anyBytesDecodeOrAreRefusedAsNotUtf8(@ForAll("bodies") byte[] body) {
        Map<String, String> fields = new HashMap<>();
        try {
            FormParser.parse(body, body.length, fields);
            Statistics.label("outcome").collect("decoded");
        } catch (RequestRefusedException refused) {
            assertThat(refused.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("400");
                assertThat(error.message()).startsWith("SC_INVALID_PARAMETER: ").endsWith(": not UTF-8");
            });
            Statistics.label("outcome").collect("not UTF-8");
        }
    }

    @Property(tries = 500)
    void anEncodedFormDecodesToWhatWasEncoded(@ForAll("fields") List<Tuple2<String, String>> fields) {
        String body = fields.stream()
                .map(f -> URLEncoder.encode(f.get1(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.get2(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Map<String, String> expected = new LinkedHashMap<>();
        fields.forEach(f -> expected.putIfAbsent(f.get1(), f.get2()));

        Map<String, String> decoded = new HashMap<>();
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        FormParser.parse(bytes, bytes.length, decoded);
        assertThat(decoded).isEqualTo(expected);
    }

    @Property(tries = 500)
    void rawTextDecodesToItself(@ForAll("rawValues") String value) {
        byte[] body = ("message=" + value).getBytes(StandardCharsets.UTF_8);
        Map<String, String> decoded = new HashMap<>();
        FormParser.parse(body, body.length, decoded);
        assertThat(decoded).containsExactly(Map.entry("message", value));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.of(toList(SPECIAL)).list().ofMaxSize(200).map(FormParserPropertyTest::toArray));
    }

    @Provide
    Arbitrary<List<Tuple2<String, String>>> fields() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("message", "messages", "chatRoom", "date", ""), unicode());
        return Combinators.combine(name, unicode()).as(Tuple::of).list().ofMaxSize(6);
    }

    /** Text without the characters a raw body cannot carry as themselves: & + % (= is fine after the name). */
    @Provide
    Arbitrary<String> rawValues() {
        return unicode().filter(s -> s.chars().noneMatch(c -> c == '&' || c == '+' || c == '%'));
    }

    /** Unicode text (supplementary characters included), but no lone surrogate: those are not UTF-8. */
    private static Arbitrary<String> unicode() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF').ofMaxLength(30),
                Arbitraries.of("ルーム名", "🎉", "👨‍👩‍👧", "{\"panelName\":\"ops\",\"message\":\"100%\"}", "a=b", "\u202Eabc", " ")
                        .list().ofMaxSize(4).map(pieces -> String.join("", pieces)));
    }

    private static List<Byte> toList(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return List.of(boxed);
    }

    private static byte[] toArray(List<Byte> bytes) {
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
