package io.camelcam.sandbox.internal.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxUser;

/** The state the sandbox starts from and returns to on reset. */
final class Seeds {

    private static final String USERS_RESOURCE = "/io/camelcam/sandbox/seed-users.csv";
    private static final String ADMIN_EMAIL = "admin@example.com";

    private Seeds() {
    }

    /** The users of {@code seed-users.csv}; the synthetic ones follow them ({@link SyntheticUsers}). */
    static List<SandboxUser> users() {
        return List.copyOf(readUserResource());
    }

    /** {@code general} and {@code ops}, plus {@code test} and {@code ルーム名} from the manual's samples. */
    static List<SandboxChatRoom> chatRooms() {
        String admin = Ids.userId(ADMIN_EMAIL);
        List<SandboxUser> people = readUserResource();
        return List.of(
                room("1000000000000000001", "general", admin, true, people, u -> true),
                room("1000000000000000002", "ops", admin, false, people,
                        u -> List.of("oncall@example.com", "alice@example.com", "bob@example.com", ADMIN_EMAIL)
                                .contains(u.email())),
                room("1000000000000000003", "test", admin, true, people, u -> u.email().endsWith("@test.com")),
                room("1000000000000000004", "ルーム名", admin, false, people, u -> u.email().endsWith("@xxx.com")));
    }

    static List<SandboxConferenceRoom> conferenceRooms() {
        return List.of(
                new SandboxConferenceRoom("CR001", "会議室A", 8, "Tokyo 8F"),
                new SandboxConferenceRoom("CR002", "会議室B", 4, "Tokyo 8F"),
                new SandboxConferenceRoom("CR003", "大会議室", 20, "Tokyo 9F"),
                new SandboxConferenceRoom("CR004", "Osaka Room", 6, "Osaka 3F"),
                new SandboxConferenceRoom("CR005", "Focus Booth", 1, "Tokyo 8F"));
    }

    /** Whom generated reservations are booked by: the seeded people who are not the administrator. */
    static List<String> reservationUserIds() {
        return readUserResource().stream().filter(u -> !u.email().equals(ADMIN_EMAIL)).map(SandboxUser::id).toList();
    }

    private static SandboxChatRoom room(String id, String name, String admin, boolean isPublic, List<SandboxUser> people,
                                        Predicate<SandboxUser> member) {
        Map<String, Boolean> members = new LinkedHashMap<>();
        people.stream().filter(member).forEach(u -> members.put(u.id(), true));
        return new SandboxChatRoom(id, name, admin, admin, isPublic, members);
    }

    private static List<SandboxUser> readUserResource() {
        try (InputStream in = Seeds.class.getResourceAsStream(USERS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(USERS_RESOURCE + " is missing from the sandbox jar");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            List<SandboxUser> users = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                for (CSVRecord r : parser) {
                    users.add(new SandboxUser(Ids.userId(r.get("email")), r.get("email"), r.get("name"),
                            emptyToNull(r.get("department")), emptyToNull(r.get("position")),
                            emptyToNull(r.get("phone")), r.get("role"), false));
                }
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + USERS_RESOURCE, e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
