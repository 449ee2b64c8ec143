package io.camelcam.client.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads a whole response into memory, up to a bound: a JSON answer must be complete before it is
 * parsed. A 200 body over the bound ({@code maxResponseSize}) fails the call with a
 * {@link ResponseTooLargeException} as soon as that is known (from Content-Length, before any of it
 * is read, or once the bytes arrived pass it); an error body over {@value #ERROR_BODY_LIMIT} bytes
 * is cut (only an excerpt is ever shown). So an answer never holds more than the bound.
 */
public final class BufferingConsumer implements AsyncResponseConsumer<HttpResult> {

    static final int ERROR_BODY_LIMIT = 8 * 1024;

    private final long maxBytes;
    private ResponseBytes body;
    private HttpResponse head;
    private FutureCallback<HttpResult> callback;
    private boolean truncated;
    private long limit;

    /** @param maxBytes the largest 200 answer read, at most {@link Integer#MAX_VALUE} - 8 */
    public BufferingConsumer(long maxBytes) {
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8);
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
            FutureCallback<HttpResult> resultCallback) throws IOException {
        this.head = response;
        this.callback = resultCallback;
        this.limit = response.getCode() == 200 ? maxBytes : ERROR_BODY_LIMIT;
        long announced = entityDetails == null ? 0 : entityDetails.getContentLength();
        if (response.getCode() == 200 && announced > limit) {
            callback = null;
            throw new ResponseTooLargeException(limit, "Content-Length " + announced);
        }
        // sized to what is announced, so a body of known length is one allocation
        this.body = ResponseBytes.expecting(Math.min(announced, limit));
        if (entityDetails == null) {
            complete();
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing CAM uses
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        long room = limit - body.length();
        int n = src.remaining();
        if (n > room) {
            if (head.getCode() == 200) {
                throw new ResponseTooLargeException(limit, "more arrived");
            }
            truncated = true;
            n = (int) Math.max(room, 0);
        }
        body.append(src, n);
        src.position(src.limit());
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        complete();
    }

    private void complete() {
        FutureCallback<HttpResult> cb = callback;
        callback = null;
        if (cb != null) {
            int status = head.getCode();
            cb.completed(new HttpResult.Buffered(status, head.getReasonPhrase(),
                    status == 200 ? null : header(HttpHeaders.RETRY_AFTER), body, truncated));
        }
    }

    private String header(String name) {
        Header h = head.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    @Override
    public void failed(Exception cause) {
        // HttpClient reports the failure to the caller's callback itself
        callback = null;
    }

    @Override
    public void releaseResources() {
        // nothing pooled: the buffer is garbage once the result is handed over
    }
}
