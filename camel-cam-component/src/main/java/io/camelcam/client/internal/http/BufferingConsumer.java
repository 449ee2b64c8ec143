package io.camelcam.client.internal.http;

import java.io.ByteArrayOutputStream;
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
 * parsed. A 200 body over the bound fails the call; an error body over the bound is cut (only an
 * excerpt is ever shown).
 */
public final class BufferingConsumer implements AsyncResponseConsumer<HttpResult> {

    static final int ERROR_BODY_LIMIT = 8 * 1024;

    private final int maxBytes;
    private ByteArrayOutputStream body;
    private HttpResponse head;
    private FutureCallback<HttpResult> callback;
    private boolean truncated;
    private int limit;

    public BufferingConsumer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
            FutureCallback<HttpResult> resultCallback) {
        this.head = response;
        this.callback = resultCallback;
        this.limit = response.getCode() == 200 ? maxBytes : ERROR_BODY_LIMIT;
        long announced = entityDetails == null ? 0 : entityDetails.getContentLength();
        this.body = new ByteArrayOutputStream((int) Math.max(256, Math.min(announced, 64 * 1024)));
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
        int room = limit - body.size();
        int n = src.remaining();
        if (n > room) {
            if (head.getCode() == 200) {
                throw new IOException("response body larger than " + maxBytes + " bytes");
            }
            truncated = true;
            n = Math.max(room, 0);
        }
        if (src.hasArray()) {
            body.write(src.array(), src.arrayOffset() + src.position(), n);
        } else {
            byte[] chunk = new byte[n];
            src.get(chunk);
            body.write(chunk, 0, n);
        }
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
            cb.completed(new HttpResult.Buffered(head.getCode(), head.getReasonPhrase(),
                    header(HttpHeaders.CONTENT_TYPE), header(HttpHeaders.RETRY_AFTER),
                    header("Content-Disposition"), body.toByteArray(), truncated));
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
