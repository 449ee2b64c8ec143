package io.camelcam.sandbox;

/**
 * Every size limit the sandbox enforces. CAM publishes none, so each value is <b>assumed</b>; they
 * live in this one class so they can follow a real server the day one says otherwise.
 */
public final class SandboxLimits {

    /** Longest message text, counted in Unicode code points (an emoji counts once). */
    public static final int MAX_MESSAGE_CHARS = 10_000;

    /** Most elements one {@code sendMessages} call may carry. */
    public static final int MAX_MESSAGES_PER_CALL = 1_000;

    /** Largest {@code application/x-www-form-urlencoded} request body: 16 MiB. */
    public static final int MAX_FORM_BODY_BYTES = 16 * 1024 * 1024;

    /** Longest quick-call password, in characters. */
    public static final int MAX_QUICK_CALL_PASSWORD_CHARS = 128;

    /** Longest chat-room id a client may choose. */
    public static final int MAX_CHAT_ROOM_ID_CHARS = 128;

    /**
     * Longest {@code exportUsers} path: it names a file, and it comes back in the Content-Disposition
     * header, which clients refuse beyond some size (java.net.http at 384 KiB for all headers).
     */
    public static final int MAX_EXPORT_PATH_CHARS = 255;

    /** {@code updateUsersCSV} reports at most this many bad rows, then one error counting the rest. */
    public static final int MAX_CSV_ERRORS_REPORTED = 100;

    /** Largest header block of one multipart part. */
    public static final int MAX_MULTIPART_HEADER_BYTES = 16 * 1024;

    /** The request log is a ring of this many entries. */
    public static final int REQUEST_LOG_CAPACITY = 100_000;

    /** Default number of received messages kept for inspection (the total is always counted). */
    public static final int DEFAULT_MAX_RETAINED_MESSAGES = 200_000;

    /** Quick calls kept for inspection; the oldest are forgotten first. */
    public static final int MAX_RETAINED_QUICK_CALLS = 10_000;

    private SandboxLimits() {
    }
}
