package io.camelcam.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Hands a 200 non-JSON response body to the caller as an {@link InputStream} as soon as the head
 * arrives; bytes flow with back-pressure (the socket is read only as fast as the stream is), so
 * memory stays flat whatever the size. Error answers and JSON answers (CAM reports a bad token on
 * exportUsers as JSON 520) are buffered like any other call. The exchange itself completes at the
 * end of the body, which is when the connection goes back to the pool.
 */
public final class StreamingConsumer implements AsyncResponseConsumer<Void> {

    private static final int STREAM_BUFFER = 64 * 1024;

    private final CompletableFuture<HttpResult> head = new CompletableFuture<>();
    private final BufferingConsumer buffering;
    private final AtomicReference<Future<?>> exchange = new AtomicReference<>();
    private volatile BoundedInputBuffer buffer;
    private volatile Exception failure;
    private FutureCallback<Void> endCallback;

    public StreamingConsumer(int maxBufferedBytes) {
        this.buffering = new BufferingConsumer(maxBufferedBytes);
    }

    /** Completes with the head (and stream) of a 200 non-JSON answer, or with a buffered answer. */
    public CompletableFuture<HttpResult> head() {
        return head;
    }

    /** The running exchange, cancelled when the reader closes the stream before its end. */
    public void exchange(Future<?> running) {
        exchange.set(running);
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
            FutureCallback<Void> resultCallback) {
        this.endCallback = resultCallback;
        String contentType = header(response, HttpHeaders.CONTENT_TYPE);
        boolean json = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        if (response.getCode() != 200 || json || entityDetails == null) {
            buffering.consumeResponse(response, entityDetails, context, new FutureCallback<>() {
                @Override
                public void completed(HttpResult result) {
                    head.complete(result);
                    finish();
                }

                @Override
                public void failed(Exception ex) {
                    head.completeExceptionally(ex);
                }

                @Override
                public void cancelled() {
                    head.cancel(false);
                }
            });
            return;
        }
        buffer = new BoundedInputBuffer(STREAM_BUFFER);
        head.complete(new HttpResult.Streamed(response.getCode(), contentType,
                header(response, "Content-Disposition"), new BodyStream()));
    }

    private void finish() {
        FutureCallback<Void> cb = endCallback;
        endCallback = null;
        if (cb != null) {
            cb.completed(null);
        }
    }

    private static String header(HttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing CAM uses
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        BoundedInputBuffer b = buffer;
        if (b != null) {
            b.updateCapacity(capacityChannel);
        } else {
            buffering.updateCapacity(capacityChannel);
        }
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        BoundedInputBuffer b = buffer;
        if (b != null) {
            b.fill(src);
        } else {
            buffering.consume(src);
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        BoundedInputBuffer b = buffer;
        if (b != null) {
            b.markEndStream();
            finish();
        } else {
            buffering.streamEnd(trailers);
        }
    }

    @Override
    public void failed(Exception cause) {
        failure = cause;
        BoundedInputBuffer b = buffer;
        if (b != null) {
            b.abort();
        }
        head.completeExceptionally(cause);
    }

    @Override
    public void releaseResources() {
        // the shared buffer is released with the stream
    }

    /** The body as it arrives; a broken connection surfaces as an IOException, never as a short read. */
    private final class BodyStream extends InputStream {
        private boolean ended;
        private boolean closed;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            try {
                int n = buffer.read(b, off, len);
                if (n < 0) {
                    ended = true;
                }
                return n;
            } catch (IOException e) {
                Exception cause = failure;
                throw new IOException("CAM response stream broke off: "
                        + (cause != null ? cause.getMessage() : e.getMessage()), cause != null ? cause : e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (!ended) {
                // stop reading a body nobody wants: cancelling closes the connection instead of draining it
                Future<?> running = exchange.get();
                if (running != null) {
                    running.cancel(true);
                }
                buffer.abort();
            }
        }
    }
}
