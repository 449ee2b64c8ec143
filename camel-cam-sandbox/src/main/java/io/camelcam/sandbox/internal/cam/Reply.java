package io.camelcam.sandbox.internal.cam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a handler answers, before it is written: the dispatcher needs to see it whole to record it in the
 * request log and to let a fault spoil it.
 *
 * @param camStatus    the body's CAM {@code status}, or 0 when it has none
 * @param errorCodes   the CAM error codes in the body
 * @param body         the whole body, or {@code null} when {@code streamedBody} writes it
 * @param streamedBody writes a body too large to hold (sent chunked), or {@code null}
 */
public record Reply(int httpStatus, int camStatus, List<String> errorCodes, String contentType,
                    Map<String, String> headers, byte[] body, BodyWriter streamedBody) {

    public static final String JSON_UTF8 = "application/json; charset=UTF-8";
    public static final String TEXT_UTF8 = "text/plain; charset=UTF-8";

    /** Writes a body while the response streams. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A CAM JSON body: always HTTP 200, errors travel as {@code status:520}. */
    public static Reply json(int camStatus, List<String> errorCodes, byte[] body) {
        return new Reply(200, camStatus, List.copyOf(errorCodes), JSON_UTF8, Map.of(), body, null);
    }

    /** A short plain-text answer: 404, 405, fault statuses. */
    public static Reply text(int httpStatus, String text, Map<String, String> headers) {
        return new Reply(httpStatus, 0, List.of(), TEXT_UTF8, Map.copyOf(headers),
                (text + "\n").getBytes(StandardCharsets.UTF_8), null);
    }

    /** HTTP 200 with a streamed body, e.g. the user CSV. */
    public static Reply stream(String contentType, Map<String, String> headers, BodyWriter writer) {
        return new Reply(200, 0, List.of(), contentType, Map.copyOf(headers), null, writer);
    }

    /** The one answer that is not the client's doing: a bug in the sandbox. Short, and never a stack trace. */
    public static Reply internalError() {
        return new Reply(500, 0, List.of(), JSON_UTF8, Map.of(),
                "{\"status\":500,\"error\":\"internal sandbox error\"}".getBytes(StandardCharsets.UTF_8), null);
    }

    public boolean streamed() {
        return streamedBody != null;
    }
}
