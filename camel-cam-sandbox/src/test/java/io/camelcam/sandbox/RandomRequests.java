package io.camelcam.sandbox;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of what a client might send the sandbox: JSON of every shape (the wire's member names
 * likely, valid or truncated, nested deep, numbers huge), form fields encoded or raw, content types
 * and tokens.
 */
final class RandomRequests {

    /** The form fields the nine operations read. */
    static final List<String> FIELDS = List.of("message", "messages", "expireTime", "password", "path", "file", "chatRoom",
            "date");

    private static final List<String> MEMBERS = List.of("panelName", "message", "isOpened", "generalPurposes", "users",
            "send", "property", "id", "name", "createUserId", "adminUserId", "isPublic", "memberUids");

    private static final String TRICKY = "\u0000\t\n\r\u001F\u007F\u0085\u2028\u202E\uFEFF\uD800\uDC00"
            + "ルーム名日本語עבריתالعربية@.,;:<>\"'()[]{}\\/%+=&-_ aZ09";

    private static final List<String> TOKENS = List.of("ops", "general", "ルーム名", "messenger", "no-such-room",
            "alice@example.com", "alice@example.com,bob@example.com", "bob", "nobody@example.com", "hello", "",
            "202401", "20240229", "20230229", "000001", "202413", "4102444800000", "-1", "1000", "9223372036854775808",
            "users.csv", "1000000000000000002", "true", "null", "🎉", "\uD83D");

    private RandomRequests() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(3, Arbitraries.strings().withChars(TRICKY).ofMaxLength(30)),
                Tuple.of(4, Arbitraries.of(TOKENS)),
                Tuple.of(1, Arbitraries.of("x", "ル", "a@b.co,").map(s -> s.repeat(20_000))));
    }

    /** JSON documents: valid of any shape, plausible messages and rooms, truncated, deeply nested, huge numbers. */
    static Arbitrary<String> json() {
        Arbitrary<String> valid = jsonValue(3).map(RandomRequests::write);
        Arbitrary<String> plausible = plausible().map(RandomRequests::write);
        return Arbitraries.frequencyOf(
                Tuple.of(4, valid),
                Tuple.of(4, plausible),
                Tuple.of(2, Combinators.combine(Arbitraries.oneOf(valid, plausible), Arbitraries.doubles().between(0, 1))
                        .as((json, cut) -> json.substring(0, (int) (json.length() * cut)))),
                Tuple.of(1, Combinators.combine(Arbitraries.of("[", "{\"a\":", "[{\"message\":"), Arbitraries.integers().between(1, 3000))
                        .as(String::repeat)),
                Tuple.of(1, Arbitraries.integers().between(20, 5000).map(n -> "[" + "9".repeat(n) + "]")),
                Tuple.of(1, Arbitraries.of("1e99999", "-0", "[1,]", "{\"a\":1,}", "{\"a\":1} junk", "\"\\ud800\"", "[\"\\u0000\"]",
                        "{\"message\":1e999}", "NaN", "{'a':1}", "")));
    }

    /** Messages, message arrays and chat rooms with each member present or not, plausible or random. */
    private static Arbitrary<Object> plausible() {
        Arbitrary<Object> any = jsonValue(1);
        Arbitrary<Object> target = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("ops", "general", "messenger",
                "no-such-room", " ", "1000000000000000002")), Tuple.of(1, any));
        Arbitrary<Object> messageText = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("hello", "x".repeat(10_001), "", "🎉")),
                Tuple.of(1, any));
        Arbitrary<Object> users = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("alice@example.com",
                "alice@example.com, bob@example.com", "bob", "nobody@example.com", ",,")), Tuple.of(1, any));
        Arbitrary<Object> usersObject = Arbitraries.frequencyOf(Tuple.of(3, object(List.of("users"), List.of(users))),
                Tuple.of(1, any));
        Arbitrary<Object> flag = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(true, false)), Tuple.of(1, any));
        Arbitrary<Object> message = object(List.of("panelName", "send", "message", "isOpened", "generalPurposes", "property"),
                List.of(target, target, messageText, flag, usersObject, usersObject));
        Arbitrary<Object> members = Arbitraries.frequencyOf(
                Tuple.of(3, object(List.of("u1", "", "9000000000000000001"), List.of(flag, flag, flag))),
                Tuple.of(1, any));
        Arbitrary<Object> chatRoom = object(List.of("id", "name", "createUserId", "adminUserId", "isPublic", "memberUids"),
                List.of(target, target, any, any, flag, members));
        return Arbitraries.frequencyOf(
                Tuple.of(3, message),
                Tuple.of(2, message.list().ofMaxSize(5).map(Object.class::cast)),
                Tuple.of(2, chatRoom));
    }

    /** Objects holding some of these members, each present or not, now and then an unknown one too. */
    private static Arbitrary<Object> object(List<String> names, List<Arbitrary<Object>> values) {
        List<Arbitrary<SimpleEntry<String, Object>>> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            entries.add(values.get(i).map(v -> new SimpleEntry<>(name, v)).injectNull(0.4));
        }
        entries.add(Combinators.combine(text(), jsonValue(0)).as(SimpleEntry::new).injectNull(0.9));
        return Combinators.combine(entries).as(chosen -> {
            Map<String, Object> object = new LinkedHashMap<>();
            chosen.stream().filter(e -> e != null).forEach(e -> object.put(e.getKey(), e.getValue()));
            return (Object) object;
        });
    }

    private static Arbitrary<Object> jsonValue(int depth) {
        Arbitrary<Object> scalar = Arbitraries.frequencyOf(
                Tuple.of(4, text().map(Object.class::cast)),
                Tuple.of(2, Arbitraries.integers().map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Double.MAX_VALUE, -0.0, 1e-300, new BigInteger("9".repeat(60)))
                        .map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of(true, false).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.just(null)));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> inner = jsonValue(depth - 1);
        Arbitrary<String> member = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(MEMBERS)), Tuple.of(1, text()));
        return Arbitraries.frequencyOf(
                Tuple.of(2, scalar),
                Tuple.of(2, inner.list().ofMaxSize(4).map(Object.class::cast)),
                Tuple.of(3, Combinators.combine(member, inner).as(SimpleEntry::new).list().ofMaxSize(5).map(entries -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    entries.forEach(e -> object.put(e.getKey(), e.getValue()));
                    return (Object) object;
                })));
    }

    /** A url-encoded form body: fields the operations read (and others) with JSON or text values, encoded or raw. */
    static Arbitrary<byte[]> form() {
        Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(FIELDS)), Tuple.of(1, text()));
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(2, json()), Tuple.of(2, text()));
        Arbitrary<List<SimpleEntry<String, String>>> fields = Combinators.combine(name, value).as(SimpleEntry::new)
                .list().ofMaxSize(5);
        return Combinators.combine(fields, Arbitraries.of(true, false)).as((list, encoded) -> list.stream()
                .map(f -> encoded
                        ? URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)
                        : f.getKey() + "=" + f.getValue())
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A query string the URI syntax allows: every field properly encoded. Under 300,000 characters:
     * the JDK server closes the connection of a request whose line and headers pass 384 KiB.
     */
    static Arbitrary<String> query() {
        Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(FIELDS)), Tuple.of(1, text()));
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(2, json()), Tuple.of(2, text()));
        return Combinators.combine(name, value)
                .as((n, v) -> URLEncoder.encode(n, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
                .list().ofMaxSize(4).map(pairs -> String.join("&", pairs))
                .filter(query -> query.length() < 300_000);
    }

    /** Content types: the right ones, near misses, and any printable ASCII (what a header may carry). */
    static Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(4, Arbitraries.of(RawHttpClient.FORM, "application/x-www-form-urlencoded", "APPLICATION/X-WWW-FORM-URLENCODED ;",
                        "multipart/form-data; boundary=xyz", "multipart/form-data; boundary=", "multipart/form-data",
                        "multipart/form-data; boundary=\"unterminated", "application/json", "text/plain; charset=Shift_JIS",
                        ";;;", "multipart/form-data; boundary=" + "b".repeat(71), "")),
                Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60)));
    }

    /** Mostly the administrator (who may call every operation), sometimes the user, nobody or a wrong token. */
    static Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                Tuple.of(14, Arbitraries.just(CamSandbox.DEFAULT_ADMIN_TOKEN)),
                Tuple.of(4, Arbitraries.just(CamSandbox.DEFAULT_USER_TOKEN)),
                Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.of("nope", " " + CamSandbox.DEFAULT_USER_TOKEN + " ", "")));
    }

    private static String write(Object value) {
        try {
            return RawHttpClient.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps, lists and scalars always serialize", e);
        }
    }
}
