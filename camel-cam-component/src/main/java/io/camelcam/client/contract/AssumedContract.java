package io.camelcam.client.contract;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelcam.client.contract.ContractTerm.Basis;
import io.camelcam.client.contract.ContractTerm.Kind;

/**
 * Every choice the CAM contract marks <b>assumed</b> (the vendor manual is silent there), kept in
 * this one place so it can be changed when a real CAM server says otherwise. Wire names the manual
 * itself gives (panelName, generalPurposes.users, send, property.users, chatRoom, conferenceRooms,
 * conferenceRoomStatus ...) stay with their operation.
 *
 * <p>{@link #TERMS} lists everything the component relies on, known and assumed alike: the table in
 * docs/cam-component.adoc is generated from it, the client warns at run time when a 200 answer
 * departs from its answer fields ({@link AnswerDrift}), and the contract probe checks a server with it.
 */
public final class AssumedContract {

    /** A successful JSON body may carry {@code "status": 200} or no status at all. */
    public static final int STATUS_OK = 200;
    /** The manual's "server error" status inside an HTTP 200 body. */
    public static final int STATUS_ERROR = 520;

    /** sendMessage: the sealed-letter flag is sent as given; absent means not sealed. */
    public static final boolean SEALED_DEFAULT = false;
    /** sendMessages: an element may carry {@code isOpened}; it is sent only when the message is sealed. */
    public static final String SEND_MESSAGES_SEALED_FIELD = "isOpened";

    /** createQuickCall wire fields: expiry in Unix milliseconds, password, and the URL in the answer. */
    public static final String QUICK_CALL_EXPIRE_FIELD = "expireTime";
    public static final String QUICK_CALL_PASSWORD_FIELD = "password";
    public static final String QUICK_CALL_URL_FIELD = "url";
    /** Longest quick-call password accepted, and no control characters. */
    public static final int QUICK_CALL_PASSWORD_MAX_LENGTH = 128;

    /** exportUsers: the body is the CSV itself; {@code path} only names the file. Default name: */
    public static final String EXPORT_DEFAULT_PATH = "exportUsers.csv";

    /** updateUsersCSV: the CSV columns (those exportUsers produces), header row first, rows matched by email. */
    public static final List<String> USERS_CSV_COLUMNS
            = List.of("email", "name", "password", "department", "position", "phone", "role", "deleted");
    public static final String USERS_CSV_KEY_COLUMN = "email";
    public static final Set<String> USERS_CSV_ROLES = Set.of("user", "admin");
    /** updateUsersCSV answer: {@code {"status":200,"created":N,"updated":M}}. */
    public static final String USERS_CREATED_FIELD = "created";
    public static final String USERS_UPDATED_FIELD = "updated";
    /** updateUsersCSV multipart part name (from the manual's {@code -F "file=@..."}) and default file name. */
    public static final String USERS_CSV_PART = "file";
    public static final String USERS_CSV_DEFAULT_FILE_NAME = "updateUsers.csv";

    /** getConferenceRoomStatus: the wire field holding {@code yyyyMM} or {@code yyyyMMdd}. */
    public static final String RESERVATION_DATE_FIELD = "date";

    /** Longest message text accepted (characters). CAM's real limit is not published. */
    public static final int MAX_MESSAGE_LENGTH = 10_000;
    /** Most messages sent in one sendMessages call. */
    public static final int MAX_MESSAGES_PER_CALL = 1_000;

    /** Error codes beyond the manual's 805. */
    public static final String CODE_INVALID_TOKEN = "805";
    public static final String CODE_PERMISSION_DENIED = "806";
    public static final String CODE_NOT_FOUND = "404";
    public static final String CODE_INVALID_PARAMETER = "400";

    private static final String MASTER = "getConferenceMaster";
    private static final String LEGACY_MASTER = "getConferenceRooms";
    private static final String ROOM_STATUS = "getConferenceRoomStatus";
    private static final String QUICK_CALL = "createQuickCall";
    private static final String UPDATE_USERS = "updateUsersCSV";
    private static final String CHAT_ROOM = "updateChatRoom";

    /** Everything the component relies on in CAM's wire contract, in the order of the generated table. */
    public static final List<ContractTerm> TERMS = List.of(
            term(ContractTerm.ALL_OPERATIONS, Kind.ANSWER_FIELD, "status", Basis.KNOWN, "200 for success, 520 for an error, in an HTTP 200 body"),
            term(ContractTerm.ALL_OPERATIONS, Kind.ANSWER_SHAPE, "status absent", Basis.ASSUMED, "a JSON body without `status` is taken as success"),
            term(ContractTerm.ALL_OPERATIONS, Kind.ANSWER_FIELD, "errors", Basis.KNOWN, "with status 520: an array of objects with `code` and `message`"),
            term(ContractTerm.ALL_OPERATIONS, Kind.ERROR_CODE, CODE_INVALID_TOKEN, Basis.KNOWN, "SC_INVALID_APITOKEN: the token is not valid"),
            term(ContractTerm.ALL_OPERATIONS, Kind.ERROR_CODE, CODE_PERMISSION_DENIED, Basis.ASSUMED, "a valid token that is not an administrator's"),
            term(ContractTerm.ALL_OPERATIONS, Kind.ERROR_CODE, CODE_NOT_FOUND, Basis.ASSUMED, "no such room or user"),
            term(ContractTerm.ALL_OPERATIONS, Kind.ERROR_CODE, CODE_INVALID_PARAMETER, Basis.ASSUMED, "an invalid field, named in the message"),
            term("sendMessage", Kind.REQUEST_FIELD, "message", Basis.KNOWN,
                    "JSON object with `panelName`, `message`, `isOpened`, `generalPurposes.users`"),
            term("sendMessage", Kind.ANSWER_SHAPE, "status only", Basis.KNOWN, "the answer carries nothing beyond success"),
            term("sendMessage", Kind.LIMIT, "message text", Basis.ASSUMED, MAX_MESSAGE_LENGTH + " characters; CAM publishes none"),
            term("sendMessages", Kind.REQUEST_FIELD, "messages", Basis.KNOWN,
                    "JSON array of objects with `send`, `message`, `property.users`; no `send`: direct"),
            term("sendMessages", Kind.REQUEST_FIELD, SEND_MESSAGES_SEALED_FIELD, Basis.ASSUMED,
                    "per element, sent only for a sealed message"),
            term("sendMessages", Kind.ANSWER_SHAPE, "status only", Basis.KNOWN, "the answer carries nothing beyond success"),
            term("sendMessages", Kind.LIMIT, "messages per call", Basis.ASSUMED, MAX_MESSAGES_PER_CALL + "; CAM publishes none"),
            term(QUICK_CALL, Kind.REQUEST_FIELD, QUICK_CALL_EXPIRE_FIELD, Basis.ASSUMED, "expiry in Unix milliseconds"),
            term(QUICK_CALL, Kind.REQUEST_FIELD, QUICK_CALL_PASSWORD_FIELD, Basis.ASSUMED,
                    "optional, at most " + QUICK_CALL_PASSWORD_MAX_LENGTH + " characters"),
            term(QUICK_CALL, Kind.ANSWER_FIELD, QUICK_CALL_URL_FIELD, Basis.ASSUMED, "the conference link"),
            term("exportUsers", Kind.REQUEST_FIELD, "path", Basis.KNOWN, "names the file"),
            term("exportUsers", Kind.ANSWER_SHAPE, "CSV body", Basis.ASSUMED,
                    "the body is the CSV itself, named by Content-Disposition"),
            term("exportUsers", Kind.ANSWER_FIELD, "CSV header", Basis.ASSUMED,
                    "columns " + String.join(", ", USERS_CSV_COLUMNS)),
            term(UPDATE_USERS, Kind.REQUEST_FIELD, USERS_CSV_PART, Basis.KNOWN, "the multipart part holding the CSV"),
            term(UPDATE_USERS, Kind.REQUEST_FIELD, "CSV columns", Basis.ASSUMED,
                    "those exportUsers produces, rows matched by " + USERS_CSV_KEY_COLUMN),
            term(UPDATE_USERS, Kind.ANSWER_FIELD, USERS_CREATED_FIELD, Basis.ASSUMED, "users created; -1 when absent"),
            term(UPDATE_USERS, Kind.ANSWER_FIELD, USERS_UPDATED_FIELD, Basis.ASSUMED, "users updated; -1 when absent"),
            term(CHAT_ROOM, Kind.REQUEST_FIELD, "chatRoom", Basis.KNOWN, "the room as JSON; no id creates one"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom", Basis.KNOWN, "the room as CAM stored it"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom.id", Basis.ASSUMED, "the room's id"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom.name", Basis.ASSUMED, "the room's name"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom.createUserId", Basis.ASSUMED, "who created it"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom.adminUserId", Basis.ASSUMED, "who administers it"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom.isPublic", Basis.ASSUMED, "true or false"),
            term(CHAT_ROOM, Kind.ANSWER_FIELD, "chatRoom.memberUids", Basis.ASSUMED, "user id to membership flag"),
            term(MASTER, Kind.ANSWER_FIELD, "conferenceRooms", Basis.KNOWN,
                    "the master list; `" + LEGACY_MASTER + "` answers the same"),
            term(MASTER, Kind.ANSWER_FIELD, "conferenceRooms[].id", Basis.ASSUMED, "the room's id"),
            term(MASTER, Kind.ANSWER_FIELD, "conferenceRooms[].name", Basis.ASSUMED, "the room's name"),
            term(MASTER, Kind.ANSWER_FIELD, "conferenceRooms[].capacity", Basis.ASSUMED, "seats, a number"),
            term(MASTER, Kind.ANSWER_FIELD, "conferenceRooms[].location", Basis.ASSUMED, "free text"),
            term(ROOM_STATUS, Kind.REQUEST_FIELD, RESERVATION_DATE_FIELD, Basis.ASSUMED, "`yyyyMM` or `yyyyMMdd`"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus", Basis.KNOWN, "the reservations"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].id", Basis.ASSUMED, "the reservation's id"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].roomId", Basis.ASSUMED, "the room reserved"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].roomName", Basis.ASSUMED, "its name"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].title", Basis.ASSUMED, "the meeting's title"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].start", Basis.ASSUMED,
                    "local date-time, ISO-8601 without offset"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].end", Basis.ASSUMED,
                    "local date-time, ISO-8601 without offset"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].userId", Basis.ASSUMED, "who reserved it"),
            term(ROOM_STATUS, Kind.ANSWER_FIELD, "conferenceRoomStatus[].updatedAt", Basis.ASSUMED,
                    "kept verbatim: its format is not fixed"));

    private static ContractTerm term(String operation, Kind kind, String name, Basis basis, String note) {
        return new ContractTerm(operation, kind, name, basis, note);
    }

    /**
     * The answer fields of a 200 JSON answer to {@code operation} the component relies on, top-level
     * ({@code conferenceRooms}) and per array element or nested object ({@code conferenceRooms[].id},
     * {@code chatRoom.id}); {@code status} and {@code errors} are not among them: they may be absent.
     */
    public static Set<String> expectedAnswerFields(String operation) {
        return EXPECTED_ANSWER_FIELDS.getOrDefault(LEGACY_MASTER.equals(operation) ? MASTER : operation, Set.of());
    }

    /** Built once: it is consulted for every answer. */
    private static final Map<String, Set<String>> EXPECTED_ANSWER_FIELDS = expectedAnswerFields();

    private static Map<String, Set<String>> expectedAnswerFields() {
        Map<String, Set<String>> byOperation = new HashMap<>();
        for (ContractTerm t : TERMS) {
            // the CSV header is checked by whoever reads the CSV, not in a JSON answer
            if (t.kind() == Kind.ANSWER_FIELD && !ContractTerm.ALL_OPERATIONS.equals(t.operation())
                    && !t.name().startsWith("CSV ")) {
                byOperation.computeIfAbsent(t.operation(), op -> new LinkedHashSet<>()).add(t.name());
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byOperation.forEach((op, fields) -> frozen.put(op, Collections.unmodifiableSet(fields)));
        return Map.copyOf(frozen);
    }

    /** Top-level fields any answer may carry besides an operation's own: {@code status}, {@code errors}. */
    public static final Set<String> COMMON_ANSWER_FIELDS = Set.of("status", "errors");

    private AssumedContract() {
    }
}
