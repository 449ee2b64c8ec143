package io.camelcam.sandbox.internal.cam;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** A CAM request, authenticated, as a handler sees it. */
public interface OperationRequest {

    /**
     * The form parameters: the query string, then (POST) the url-encoded body; the first value of a
     * repeated name wins. Parsed on first use.
     */
    Map<String, String> form();

    /** The first value of that form parameter, or {@code null}. */
    default String param(String name) {
        return form().get(name);
    }

    /** The request's Content-Type header, or {@code null}. */
    String contentType();

    /** The raw body, for handlers that stream it (multipart); do not mix with {@link #form()}. */
    InputStream body() throws IOException;
}
