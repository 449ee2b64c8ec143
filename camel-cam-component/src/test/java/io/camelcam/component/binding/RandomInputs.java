package io.camelcam.component.binding;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.component.file.GenericFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import io.camelcam.client.model.CamMessage;
import io.camelcam.client.model.CamUser;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.component.CamOperation;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;
import io.camelcam.component.api.CamUsersOutputType;

/**
 * Generators of what a route might put into a message for the cam component: anything at all,
 * biased towards what the bindings look for (field names, e-mail addresses, month specs, JSON,
 * CSV), so random input reaches deep into each binding instead of failing its first check.
 */
final class RandomInputs {

    /** Every CamelCam* header, read off CamConstants so a header added later is covered too. */
    static final List<String> HEADERS = headerNames();

    /** Characters that break naive code: controls, line and paragraph separators, bidi, BOM, lone surrogates. */
    private static final String TRICKY = "\u0000\t\n\r\u000B\f\u001F\u007F\u0085\u00A0\u2028\u2029\u200B\u200E\u200F"
            + "\u202E\u2066\uFEFF\uFFFD\uD800\uDBFF\uDC00\uDFFF"
            + "ルーム名日本語テスト会議室עבריתالعربية"
            + "@.,;:<>\"'()[]{}\\/%+=&-_ *?!#$^`|~aZz09";

    /** Tokens that mean something to some binding, the sandbox's seeds among them. */
    private static final List<String> MEANINGFUL = List.of(
            "", " ", "a@b.co", "alice@example.com", "bob@example.com", "admin@example.com", "oncall@example.com",
            "alice@example.com, bob@example.com", "bob", "alice(at)example.com", "ä@b.co", "a@b@c.co",
            "ops", "general", "test", "ルーム名", "messenger", "no-such-room",
            "current", "next", " CURRENT ", "202401", "20240229", "20230229", "202413", "000001", "999912", "٢٠٢٤٠١",
            "true", "false", " TRUE ", "maybe", "0", "-1", "1000", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "1e999", "NaN", "4102444800000", " 4102444800000 ",
            "PT1H", "PT-1S", "PT0S", "P99999999D", "PT2562047788015215H", "30m", "1h", "-5s", "1d",
            "2100-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "+999999999-12-31T23:59:59.999999999Z",
            "2030-02-30T00:00:00Z", "[", "]", "{", "}", "[]", "{}", "null", "[\"hi\"]", "[{\"message\":\"hi\"}]",
            "messages=[", "messages=[\"hi\",]", "[\"hi\",]", "{\"name\":\"r\"}", "{\"id\":\"x\",\"memberUids\":{\"u\":true}}",
            "{\"name\":\"x\",\"memberUids\":{\"u\":null}}", "{\"isPublic\":\"maybe\"}",
            "email,name\r\na@b.co,A\r\n", "email\r\n", "\uFEFFemail\r\nalice@example.com\r\n", "email,role\r\na@b.co,boss",
            "\"", "\r\n", "🎉", "👨‍👩‍👧", "שלום", "\u202Eabc", "\uD800", "x\u0000y");

    /** Map keys the bindings know: message, quick-call, chat-room and CSV fields. */
    private static final List<String> FIELD_NAMES = List.of(
            "room", "send", "panelName", "text", "message", "users", "property", "generalPurposes", "sealed", "isOpened",
            "expireTime", "expiresIn", "password", "id", "name", "createUserId", "adminUserId", "isPublic", "memberUids",
            "email", "role", "deleted", "department", "position", "phone");

    private static final List<String> CSV_COLUMNS = List.of("email", "name", "password", "department", "position",
            "phone", "role", "deleted", "mail", "", "EMAIL", "\uFEFFemail");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Files the bodies may name: missing, a directory, the root, an empty one, a CSV, random bytes. */
    private static final List<Path> FILES = fileFixtures();

    /** Values nested up to this deep; VALUES[d] holds up to d levels of containers. */
    private static final int MAX_DEPTH = 3;
    private static final List<Arbitrary<Object>> VALUES = values();

    private RandomInputs() {
    }

    /** Text of every kind: any char (surrogates included), tricky chars, meaningful tokens. */
    static Arbitrary<String> text() {
        return frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(4, Arbitraries.strings().withChars(TRICKY).ofMaxLength(30)),
                Tuple.of(4, Arbitraries.of(MEANINGFUL)),
                Tuple.of(3, Arbitraries.of(MEANINGFUL).list().ofMaxSize(4).map(pieces -> String.join(",", pieces))));
    }

    /** Strings beyond every limit: 10,001 to 200,000 characters. */
    static Arbitrary<String> huge() {
        return Combinators.combine(Arbitraries.of("x", "ル", "🎉", "a@b.co,", "\r\n", "[", "{\"a\":"),
                        Arbitraries.integers().between(10_001, 200_000))
                .as((piece, length) -> piece.repeat(Math.max(1, length / piece.length())));
    }

    /** Any value at all, of random depth. */
    static Arbitrary<Object> anyValue() {
        // oneOf, not flatMap: a flatMap builds the chosen arbitrary's generator anew for every value
        return oneOf(VALUES);
    }

    /** A message body: any value, a near-valid one, or text that is JSON or CSV of some shape. */
    static Arbitrary<Object> body() {
        return frequencyOf(
                Tuple.of(6, anyValue()),
                Tuple.of(6, plausibleBody()),
                Tuple.of(1, files()),
                Tuple.of(1, huge().map(Object.class::cast)),
                Tuple.of(2, jsonText().map(Object.class::cast)),
                Tuple.of(2, csvText().map(Object.class::cast)),
                Tuple.of(1, csvText().map(csv -> (Object) csv.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, manyStrings()));
    }

    /**
     * Bodies close to what some operation takes (messages, chat rooms, quick-call requests, users
     * CSV), each field present or not and its value plausible or random, so that random input also
     * reaches the checks behind the first one, and is sometimes valid.
     */
    static Arbitrary<Object> plausibleBody() {
        Arbitrary<Object> anyText = text().map(Object.class::cast);
        Arbitrary<Object> room = frequencyOf(Tuple.of(3, Arbitraries.of("ops", "general", "ルーム名", "messenger", "no-such-room")),
                Tuple.of(1, anyText), Tuple.of(1, anyValue()));
        Arbitrary<Object> messageText = frequencyOf(Tuple.of(3, Arbitraries.of("hello", "こんにちは 🎉", "x".repeat(10_000), "")),
                Tuple.of(2, anyText), Tuple.of(1, anyValue()), Tuple.of(1, huge()));
        Arbitrary<Object> userList = frequencyOf(
                Tuple.of(3, Arbitraries.of("alice@example.com", "alice@example.com, bob@example.com", "nobody@example.com",
                        "bob")),
                Tuple.of(1, Arbitraries.of("alice@example.com", "bob@example.com").list().ofMaxSize(3)),
                Tuple.of(1, anyText), Tuple.of(1, anyValue()));
        Arbitrary<Object> flag = frequencyOf(Tuple.of(3, Arbitraries.of(true, false, "true", "FALSE", "yes")),
                Tuple.of(1, anyValue()));
        Arbitrary<Object> nestedUsers = frequencyOf(Tuple.of(3, fields(List.of("users", userList))), Tuple.of(1, anyValue()));
        Arbitrary<Object> message = fields(List.of("room", room, "send", room, "panelName", room, "text", messageText,
                "message", messageText, "users", userList, "property", nestedUsers, "generalPurposes", nestedUsers,
                "sealed", flag, "isOpened", flag));
        Arbitrary<Object> simpleMessage = frequencyOf(Tuple.of(2, message), Tuple.of(2, messageText),
                Tuple.of(3, Arbitraries.of("hello", "こんにちは 🎉")));
        Arbitrary<Object> messages = frequencyOf(
                Tuple.of(3, simpleMessage.list().ofMaxSize(5).map(Object.class::cast)),
                Tuple.of(1, simpleMessage.list().ofMaxSize(5).map(list -> (Object) list.toArray())),
                Tuple.of(2, Combinators.combine(message.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("", "messages=", " messages= "),
                        Arbitraries.of(true, false))
                        .as((list, prefix, trailingComma) -> {
                            String json = writeJson(list);
                            return (Object) (prefix + (trailingComma ? json.substring(0, json.length() - 1) + ",]" : json));
                        })));

        Arbitrary<Object> uid = frequencyOf(Tuple.of(3, Arbitraries.of("u1", "9000000000000000001", "")), Tuple.of(1, anyText));
        Arbitrary<Object> member = frequencyOf(Tuple.of(4, Arbitraries.of(true, false)), Tuple.of(1, anyValue()));
        Arbitrary<Object> members = frequencyOf(
                Tuple.of(3, Combinators.combine(uid, member).as(SimpleEntry::new).list().ofMaxSize(3).map(RandomInputs::toMap)),
                Tuple.of(1, anyValue()));
        Arbitrary<Object> chatRoom = fields(List.of("id", frequencyOf(Tuple.of(2, Arbitraries.of("1000000000000000002", "new-id", " ")),
                        Tuple.of(1, anyText)),
                "name", frequencyOf(Tuple.of(3, Arbitraries.of("Project X", "ops", "messenger", "ルーム名")), Tuple.of(1, anyText),
                        Tuple.of(1, anyValue())),
                "createUserId", uid, "adminUserId", uid, "isPublic", flag, "memberUids", members));
        Arbitrary<Object> chatRooms = frequencyOf(Tuple.of(3, chatRoom), Tuple.of(2, chatRoom.map(RandomInputs::writeJson)));

        Arbitrary<Object> expiry = frequencyOf(
                Tuple.of(3, Arbitraries.of(4_102_444_800_000L, "4102444800000", "2100-01-01T00:00:00Z", 1000L, "tomorrow",
                        Instant.parse("2100-01-01T00:00:00Z"), new Date(4_102_444_800_000L), Long.MAX_VALUE)),
                Tuple.of(1, anyValue()));
        Arbitrary<Object> expiresIn = frequencyOf(
                Tuple.of(3, Arbitraries.of("30m", "PT1H", "1h", 60_000, Duration.ofMinutes(5), "0", "-1h", "soon",
                        Duration.ofSeconds(Long.MAX_VALUE), "P99999999D", "PT2562047788015215H", Long.MAX_VALUE)),
                Tuple.of(1, anyValue()));
        Arbitrary<Object> password = frequencyOf(Tuple.of(3, Arbitraries.of("s3cret", "p".repeat(129), "")),
                Tuple.of(1, anyText), Tuple.of(1, anyValue()));
        Arbitrary<Object> quickCall = fields(List.of("expireTime", expiry, "expiresIn", expiresIn, "password", password));

        Arbitrary<Object> cell = frequencyOf(Tuple.of(3, Arbitraries.of("alice@example.com", "new.user@example.com", "Alice",
                "user", "admin", "boss", "true", "no")), Tuple.of(1, anyText), Tuple.of(1, anyValue()));
        Arbitrary<Object> userRow = fields(List.of("email", cell, "name", cell, "role", cell, "deleted", cell, "department", cell));
        Arbitrary<Object> users = frequencyOf(
                Tuple.of(2, userRow.list().ofMaxSize(4).map(Object.class::cast)),
                Tuple.of(1, models().list().ofMaxSize(3).map(Object.class::cast)),
                Tuple.of(1, models().list().ofMaxSize(3).map(list -> (Object) list.iterator())),
                Tuple.of(2, csvText().map(Object.class::cast)));

        return frequencyOf(Tuple.of(3, message), Tuple.of(3, messages), Tuple.of(3, chatRooms), Tuple.of(2, quickCall),
                Tuple.of(3, users));
    }

    /**
     * Maps holding some of these fields (each present or not) and now and then an unknown one.
     * {@code namesAndValues} alternates a field name and the Arbitrary of its values, in a fixed
     * order so a seed reproduces the same maps.
     */
    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> fields(List<Object> namesAndValues) {
        List<Arbitrary<SimpleEntry<Object, Object>>> entries = new ArrayList<>();
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            String name = (String) namesAndValues.get(i);
            Arbitrary<Object> value = (Arbitrary<Object>) namesAndValues.get(i + 1);
            entries.add(value.map(v -> new SimpleEntry<Object, Object>(name, v)).injectNull(0.6));
        }
        entries.add(Combinators.combine(fieldName(), anyValue()).as(SimpleEntry::new).injectNull(0.9));
        return Combinators.combine(entries).as(chosen -> {
            Map<Object, Object> map = new LinkedHashMap<>();
            chosen.stream().filter(e -> e != null).forEach(e -> map.put(e.getKey(), e.getValue()));
            return (Object) map;
        });
    }

    /**
     * Values for every CamelCam* header, each absent most of the time (as in a real route, and so
     * that the other headers' values can matter); a header a binding reads gets values it may take
     * as often as random ones.
     */
    static Arbitrary<Map<String, Object>> headers() {
        // shallow values: deep ones would cost most of each try, and a header holding a tree is rare
        Arbitrary<Object> anyHeaderValue = frequencyOf(
                Tuple.of(6, text()),
                Tuple.of(3, VALUES.get(0)),
                Tuple.of(1, VALUES.get(1)),
                Tuple.of(1, huge()));
        Map<String, Arbitrary<?>> plausible = Map.of(
                CamConstants.ROOM, Arbitraries.of("ops", "general", "ルーム名", "messenger", " ", "no-such-room"),
                CamConstants.USERS, Arbitraries.of("alice@example.com", "alice@example.com,bob@example.com",
                        List.of("alice@example.com", "bob@example.com"), new String[] {"bob@example.com"}, "bob", ""),
                CamConstants.SEALED, Arbitraries.of(true, false, "true", " FALSE ", "maybe"),
                CamConstants.MONTH, Arbitraries.of("current", "next", "202401", "20240229", "202413", "20230229"),
                CamConstants.QUICK_CALL_EXPIRES_AT, Arbitraries.of(4_102_444_800_000L, "4102444800000",
                        "2100-01-01T00:00:00Z", Instant.parse("2100-01-01T00:00:00Z"), new Date(4_102_444_800_000L), 1000L,
                        "tomorrow", Long.MIN_VALUE, Instant.MAX, "+999999999-12-31T23:59:59Z"),
                CamConstants.FILE_NAME, Arbitraries.of("users.csv", "ユーザー.csv", "a/b\\c.csv", "users.csv\r\nX: 1"),
                CamConstants.OPERATION, Arbitraries.of(CamOperation.class).map(CamOperation::name));
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (String header : HEADERS) {
            Arbitrary<Object> value = plausible.containsKey(header)
                    ? RandomInputs.<Object>frequencyOf(Tuple.of(1, plausible.get(header)), Tuple.of(1, anyHeaderValue))
                    : anyHeaderValue;
            values.add(value.injectNull(0.7));
        }
        return Combinators.combine(values).as(chosen -> {
            Map<String, Object> headers = new LinkedHashMap<>();
            for (int i = 0; i < HEADERS.size(); i++) {
                if (chosen.get(i) != null) {
                    headers.put(HEADERS.get(i), chosen.get(i));
                }
            }
            return headers;
        });
    }

    /**
     * Endpoint options a binding reads, mostly plausible so the exchange gets past start-up; those
     * the binding refuses at start are refused there (the property checks that too).
     */
    static Arbitrary<CamConfiguration> options() {
        Arbitrary<String> optionText = frequencyOf(
                Tuple.of(3, Arbitraries.of(MEANINGFUL)),
                Tuple.of(1, Arbitraries.strings().withChars(TRICKY).ofMaxLength(20)));
        Arbitrary<String> room = frequencyOf(
                Tuple.of(3, Arbitraries.just((String) null)), Tuple.of(3, Arbitraries.of("ops", "general", "ルーム名")),
                Tuple.of(1, optionText));
        Arbitrary<String> users = frequencyOf(
                Tuple.of(3, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("alice@example.com", "alice@example.com,bob@example.com")),
                Tuple.of(1, optionText));
        Arbitrary<Long> expireTime = frequencyOf(
                Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.of(1L, 4_102_444_800_000L, Long.MAX_VALUE, -1L, Long.MIN_VALUE)),
                Tuple.of(1, Arbitraries.longs()));
        Arbitrary<Long> expiresIn = frequencyOf(
                Tuple.of(4, Arbitraries.of(1L, 60_000L, 3_600_000L, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.of(0L, -1L, Long.MIN_VALUE)),
                Tuple.of(1, Arbitraries.longs()));
        Arbitrary<String> month = frequencyOf(
                Tuple.of(5, Arbitraries.of("current", "next", "202401", "20240229")), Tuple.of(1, optionText));
        Arbitrary<String> password = frequencyOf(
                Tuple.of(3, Arbitraries.just((String) null)), Tuple.of(1, optionText));
        Arbitrary<String> fileName = frequencyOf(
                Tuple.of(3, Arbitraries.of("users.csv", "ユーザー.csv")), Tuple.of(1, optionText));
        return Combinators.combine(List.of(
                        room.map(Object.class::cast), users.map(Object.class::cast),
                        Arbitraries.of(true, false).map(Object.class::cast), month.map(Object.class::cast),
                        expireTime.map(Object.class::cast), expiresIn.map(Object.class::cast), password.map(Object.class::cast),
                        fileName.map(Object.class::cast), fileName.map(Object.class::cast),
                        Arbitraries.of(CamUsersOutputType.class).map(Object.class::cast),
                        frequencyOf(Tuple.of(6, Arbitraries.just(0)), Tuple.of(1, Arbitraries.of(1, 2, 1000, 1001, -1)))
                                .map(Object.class::cast)))
                .as(values -> {
                    CamConfiguration options = new CamConfiguration();
                    options.setRoom((String) values.get(0));
                    options.setUsers((String) values.get(1));
                    options.setSealed((Boolean) values.get(2));
                    options.setMonth((String) values.get(3));
                    options.setExpireTime((Long) values.get(4));
                    options.setExpiresIn((Long) values.get(5));
                    options.setPassword((String) values.get(6));
                    options.setPath((String) values.get(7));
                    options.setFileName((String) values.get(8));
                    options.setOutputType((CamUsersOutputType) values.get(9));
                    options.setBatchSize((Integer) values.get(10));
                    return options;
                });
    }

    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"), ZoneId.of("Pacific/Kiritimati"),
                ZoneId.of("America/St_Johns"), ZoneId.of("Etc/GMT+12"));
    }

    /** Valid JSON of any shape (the bindings' field names likely), sometimes truncated or dressed as messages.json. */
    static Arbitrary<String> jsonText() {
        Arbitrary<String> valid = jsonValue(3).map(RandomInputs::writeJson);
        Arbitrary<String> deep = Arbitraries.integers().between(1, 3000).map(depth -> "[".repeat(depth) + "]".repeat(depth));
        Arbitrary<String> hugeNumber = Arbitraries.integers().between(20, 5000).map(digits -> "[" + "9".repeat(digits) + "]");
        return frequencyOf(
                Tuple.of(5, valid),
                Tuple.of(2, Combinators.combine(valid, Arbitraries.doubles().between(0, 1))
                        .as((json, cut) -> json.substring(0, (int) (json.length() * cut)))),
                Tuple.of(2, valid.map(json -> "messages=" + json)),
                Tuple.of(1, deep),
                Tuple.of(1, hugeNumber));
    }

    private static Arbitrary<Object> jsonValue(int depth) {
        Arbitrary<Object> scalar = oneOf(
                text().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.of(Double.MAX_VALUE, -0.0, 1e-300, Long.MAX_VALUE, new BigInteger("9".repeat(40)))
                        .map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just((Object) null));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> inner = jsonValue(depth - 1);
        Arbitrary<Object> list = inner.list().ofMaxSize(4).map(Object.class::cast);
        Arbitrary<Object> object = Combinators.combine(fieldName(), inner).as(SimpleEntry::new).list().ofMaxSize(5)
                .map(RandomInputs::toMap);
        return frequencyOf(Tuple.of(2, scalar), Tuple.of(2, list), Tuple.of(3, object));
    }

    /** CSV-ish text: a header of known and unknown columns, then ragged rows of random cells. */
    static Arbitrary<String> csvText() {
        Arbitrary<String> cell = frequencyOf(
                Tuple.of(3, Arbitraries.of("alice@example.com", "new.user@example.com", "a@b.co", "Alice", "user",
                        "admin", "boss", "true", "false", "", "\"", "\"quoted, cell\"", "ルーム名")),
                Tuple.of(1, text()));
        Arbitrary<String> header = Arbitraries.of(CSV_COLUMNS).list().ofMinSize(1).ofMaxSize(5)
                .map(columns -> String.join(",", columns));
        Arbitrary<String> row = cell.list().ofMaxSize(6).map(cells -> String.join(",", cells));
        return Combinators.combine(header, row.list().ofMaxSize(5), Arbitraries.of("\r\n", "\n", "\r"))
                .as((head, rows, eol) -> head + eol + String.join(eol, rows) + (rows.isEmpty() ? "" : eol));
    }

    /** Lists at and beyond sendMessages' limit of 1,000 per call. */
    private static Arbitrary<Object> manyStrings() {
        return Combinators.combine(Arbitraries.of(999, 1000, 1001, 5000), Arbitraries.of("hi", "", "a@b.co"))
                .as((n, s) -> (Object) new ArrayList<>(Collections.nCopies(n, s)));
    }

    private static Arbitrary<Object> fieldName() {
        return frequencyOf(
                Tuple.of(5, Arbitraries.of(FIELD_NAMES).map(Object.class::cast)),
                Tuple.of(1, text().map(Object.class::cast)));
    }

    private static List<Arbitrary<Object>> values() {
        List<Arbitrary<Object>> byDepth = new ArrayList<>();
        Arbitrary<Object> scalars = scalars();
        byDepth.add(scalars);
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            Arbitrary<Object> inner = byDepth.get(depth - 1);
            Arbitrary<Object> key = frequencyOf(
                    Tuple.of(8, fieldName()),
                    Tuple.of(1, Arbitraries.integers().map(Object.class::cast)),
                    Tuple.of(1, Arbitraries.just((Object) null)));
            Arbitrary<List<Object>> list = inner.list().ofMaxSize(4);
            byDepth.add(frequencyOf(
                    Tuple.of(3, scalars),
                    Tuple.of(3, Combinators.combine(key, inner).as(SimpleEntry::new).list().ofMaxSize(4)
                            .map(RandomInputs::toMap)),
                    Tuple.of(2, list.map(Object.class::cast)),
                    Tuple.of(1, list.map(l -> (Object) new HashSet<>(l))),
                    Tuple.of(1, list.map(l -> (Object) l.toArray())),
                    Tuple.of(1, list.map(l -> (Object) l.iterator())),
                    Tuple.of(1, text().list().ofMaxSize(4).map(l -> (Object) l.toArray(String[]::new))),
                    Tuple.of(1, list.map(l -> (Object) Optional.ofNullable(l.isEmpty() ? null : l.get(0))))));
        }
        return List.copyOf(byDepth);
    }

    /**
     * Arbitraries.frequencyOf over arbitraries that hash by identity. jqwik looks up the generator
     * of the arbitrary it picks, for every value, by the arbitrary's hashCode, and a combinator's
     * hashCode hashes everything nested in it: with nested choices that cost most of each try.
     */
    @SafeVarargs
    static <T> Arbitrary<T> frequencyOf(Tuple2<Integer, Arbitrary<? extends T>>... choices) {
        List<Tuple2<Integer, Arbitrary<T>>> wrapped = new ArrayList<>();
        for (Tuple2<Integer, Arbitrary<? extends T>> choice : choices) {
            wrapped.add(Tuple.of(choice.get1(), identityHashed(choice.get2())));
        }
        return identityHashed(Arbitraries.frequencyOf(wrapped));
    }

    /** Arbitraries.oneOf over arbitraries that hash by identity, as {@link #frequencyOf}. */
    @SafeVarargs
    static <T> Arbitrary<T> oneOf(Arbitrary<? extends T>... choices) {
        return oneOf(List.of(choices));
    }

    static <T> Arbitrary<T> oneOf(List<? extends Arbitrary<? extends T>> choices) {
        List<Arbitrary<T>> wrapped = new ArrayList<>();
        choices.forEach(choice -> wrapped.add(identityHashed(choice)));
        return identityHashed(Arbitraries.oneOf(wrapped));
    }

    @SuppressWarnings("unchecked")
    private static <T> Arbitrary<T> identityHashed(Arbitrary<? extends T> arbitrary) {
        if (arbitrary instanceof IdentityHashed<?>) {
            return (Arbitrary<T>) arbitrary;
        }
        return new IdentityHashed<>((Arbitrary<T>) arbitrary);
    }

    /** An ArbitraryDecorator does not override hashCode: it hashes by identity. */
    private static final class IdentityHashed<T> extends ArbitraryDecorator<T> {
        private final Arbitrary<T> arbitrary;

        IdentityHashed(Arbitrary<T> arbitrary) {
            this.arbitrary = arbitrary;
        }

        @Override
        protected Arbitrary<T> arbitrary() {
            return arbitrary;
        }
    }

    private static Object toMap(List<SimpleEntry<Object, Object>> entries) {
        Map<Object, Object> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static Arbitrary<Object> scalars() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return frequencyOf(
                Tuple.of(2, Arbitraries.just((Object) null)),
                Tuple.of(10, text().map(Object.class::cast)),
                Tuple.of(1, text().map(s -> (Object) new StringBuilder(s))),
                Tuple.of(4, numbers()),
                Tuple.of(1, Arbitraries.of(true, false, Boolean.TRUE).map(Object.class::cast)),
                Tuple.of(2, bytes.map(Object.class::cast)),
                Tuple.of(2, text().map(s -> (Object) s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, text().map(s -> (Object) s.getBytes(StandardCharsets.UTF_16))),
                Tuple.of(1, text().map(s -> (Object) s.getBytes(StandardCharsets.ISO_8859_1))),
                Tuple.of(2, bytes.map(b -> (Object) new ByteArrayInputStream(b))),
                Tuple.of(2, csvText().map(s -> (Object) new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))),
                Tuple.of(1, Arbitraries.integers().between(0, 50).map(n -> (Object) new FailingInputStream(n))),
                Tuple.of(1, text().map(s -> (Object) new StringReader(s))),
                Tuple.of(2, times()),
                Tuple.of(2, files()),
                Tuple.of(2, models()),
                Tuple.of(2, Arbitraries.of(List.of(new Object(), TimeUnit.SECONDS, Locale.JAPAN, 'x', String.class,
                        URI.create("http://example.com/a?b"), new int[] {1, 2}, Optional.empty(), new AtomicLong(7),
                        new Opaque("x"), UUID.fromString("00000000-0000-0000-0000-000000000001"))).map(Object.class::cast)));
    }

    private static Arbitrary<Object> numbers() {
        return oneOf(
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE,
                        Float.NaN, (short) -1, (byte) 0, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE,
                        4_102_444_800_000L, new BigDecimal("1e400"), new BigDecimal("-0.000000001"),
                        new BigInteger("9".repeat(50))).map(Object.class::cast));
    }

    private static Arbitrary<Object> times() {
        return oneOf(
                Arbitraries.longs().map(ms -> (Object) Instant.ofEpochMilli(ms)),
                Arbitraries.longs().map(ms -> (Object) new Date(ms)),
                Arbitraries.longs().map(ms -> (Object) Duration.ofMillis(ms)),
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                        Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE),
                        Duration.ofDays(-1), Duration.ofHours(1)).map(Object.class::cast));
    }

    static Arbitrary<Object> files() {
        Arbitrary<Path> path = Arbitraries.of(FILES);
        return oneOf(
                path.map(Object.class::cast),
                path.map(p -> (Object) p.toFile()),
                path.map(p -> {
                    GenericFile<File> file = new GenericFile<>();
                    file.setFile(p.toFile());
                    return (Object) file;
                }));
    }

    /** The component's own model types, with random (even invalid) fields. */
    static Arbitrary<Object> models() {
        Arbitrary<String> field = text().injectNull(0.3);
        Arbitrary<List<String>> users = text().list().ofMaxSize(3).injectNull(0.3);
        Arbitrary<Map<String, Boolean>> members = Arbitraries.maps(text(), Arbitraries.of(true, false)).ofMaxSize(3)
                .injectNull(0.5);
        return oneOf(
                Combinators.combine(field, field, users, Arbitraries.of(true, false))
                        .as((room, text, to, sealed) -> (Object) new CamMessage(room, text, to, sealed)),
                Combinators.combine(field, field, field, field, field, field, field, Arbitraries.of(true, false).injectNull(0.3))
                        .as((email, name, password, department, position, phone, role, deleted) ->
                                (Object) new CamUser(email, name, password, department, position, phone, role, deleted)),
                Combinators.combine(field, field, field, field, Arbitraries.of(true, false).injectNull(0.3), members)
                        .as((id, name, creator, admin, isPublic, memberUids) ->
                                (Object) new ChatRoom(id, name, creator, admin, isPublic, memberUids)),
                Combinators.combine(field, csvText())
                        .as((name, csv) -> (Object) new CsvDownload(name,
                                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))));
    }

    /** The value as JSON; what JSON has no type for (a stream, an Instant) goes in as its toString(). */
    private static String writeJson(Object value) {
        try {
            return JSON.writeValueAsString(jsonSafe(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps, lists and scalars always serialize", e);
        }
    }

    private static Object jsonSafe(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> safe = new LinkedHashMap<>();
            map.forEach((k, v) -> safe.put(String.valueOf(k), jsonSafe(v)));
            return safe;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(RandomInputs::jsonSafe).toList();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(RandomInputs::jsonSafe).toList();
        }
        return String.valueOf(value);
    }

    private static List<String> headerNames() {
        List<String> names = new ArrayList<>();
        for (Field field : CamConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.sort(null); // getFields() promises no order, and a seed must give the same headers
        return List.copyOf(names);
    }

    private static List<Path> fileFixtures() {
        try {
            Path dir = Files.createTempDirectory("camel-cam-random-inputs-");
            dir.toFile().deleteOnExit();
            Path empty = Files.createFile(dir.resolve("empty.csv"));
            Path csv = Files.writeString(dir.resolve("users.csv"), "email,name\r\nalice@example.com,Alice\r\n");
            Path garbage = Files.write(dir.resolve("garbage.bin"), new byte[] {(byte) 0xC3, 0x28, 0, (byte) 0xFF, '\n'});
            for (Path p : List.of(empty, csv, garbage)) {
                p.toFile().deleteOnExit();
            }
            return List.of(empty, csv, garbage, dir, dir.resolve("missing.csv"), Path.of("/"), Path.of(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream that breaks after some bytes, as a network stream does. */
    static final class FailingInputStream extends InputStream {
        private int left;

        FailingInputStream(int bytesBeforeFailing) {
            this.left = bytesBeforeFailing;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("broken off");
            }
            return 'a';
        }

        @Override
        public String toString() {
            return "FailingInputStream";
        }
    }

    /** An object of a type no binding has heard of. */
    record Opaque(String value) {
    }
}
