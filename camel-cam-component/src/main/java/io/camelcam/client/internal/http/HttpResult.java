package io.camelcam.client.internal.http;

import java.io.InputStream;

/** What came back over HTTP, before CAM's own status is looked at. */
public sealed interface HttpResult {

    int status();

    /**
     * A response read whole (bounded). {@code retryAfter} is the Retry-After header of an answer other
     * than 200 (null for a 200: nothing reads it there, and looking headers up per answer showed in
     * profiles). {@code truncated} when the body was longer than the bound and only its start was kept
     * (used for error excerpts, never parsed).
     */
    record Buffered(int status, String reason, String retryAfter, ResponseBytes body, boolean truncated)
            implements HttpResult {
    }

    /** A 200 response whose body is handed over as a stream while it is still arriving. */
    record Streamed(int status, String contentType, String contentDisposition, InputStream body) implements HttpResult {
    }
}
