package io.camelcam.client.contract;

import java.util.List;
import java.util.Set;

/**
 * Every choice the CAM contract marks <b>assumed</b> (the vendor manual is silent there), kept in
 * this one place so it can be changed when a real CAM server says otherwise. Wire names the manual itself gives (panelName, generalPurposes.users, send,
 * property.users, chatRoom, conferenceRooms, conferenceRoomStatus ...) stay with their operation.
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

    private AssumedContract() {
    }
}
