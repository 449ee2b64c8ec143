package io.camelcam.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The one message every target sends: shaped like the sandbox's wrk payload (docs/sandbox.md) with a
 * text of its own, a message to the room {@code general} mentioning one user. The same bytes go on the wire for A, B and C.
 */
final class Payload {

    static final String ROOM = "general";
    static final String USERS = "alice@example.com";
    static final String TEXT = "Hello from the benchmark";

    /** What camel-cam writes for the message above (field order included). */
    static final String JSON = "{\"panelName\":\"" + ROOM + "\",\"message\":\"" + TEXT
            + "\",\"isOpened\":false,\"generalPurposes\":{\"users\":\"" + USERS + "\"}}";
    static final byte[] FORM = ("message=" + URLEncoder.encode(JSON, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    static final String CAM_URI = "cam:sendMessage?room=" + ROOM + "&users=" + USERS;

    /** The same message {@code n} times as one sendMessages form, as camel-cam writes it. */
    static byte[] batchForm(int n) {
        String element = "{\"send\":\"" + ROOM + "\",\"message\":\"" + TEXT + "\",\"property\":{\"users\":\"" + USERS + "\"}}";
        String json = "[" + String.join(",", Collections.nCopies(n, element)) + "]";
        return ("messages=" + URLEncoder.encode(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    }

    private Payload() {
    }
}
