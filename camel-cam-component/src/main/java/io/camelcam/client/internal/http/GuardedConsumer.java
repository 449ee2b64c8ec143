package io.camelcam.client.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reports an {@link Error} thrown while a response is consumed on an I/O thread before it goes on
 * to kill that thread: HttpCore then closes the thread's connections, and the calls on them must
 * fail naming the Error rather than as "connection closed". Changes nothing else.
 */
public final class GuardedConsumer<T> implements AsyncResponseConsumer<T> {

    private final AsyncResponseConsumer<T> delegate;
    private final Consumer<Error> onError;

    public GuardedConsumer(AsyncResponseConsumer<T> delegate, Consumer<Error> onError) {
        this.delegate = delegate;
        this.onError = onError;
    }

    private Error reported(Error e) {
        onError.accept(e);
        return e;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
            FutureCallback<T> resultCallback) throws HttpException, IOException {
        try {
            delegate.consumeResponse(response, entityDetails, context, resultCallback);
        } catch (Error e) {
            throw reported(e);
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) throws HttpException, IOException {
        try {
            delegate.informationResponse(response, context);
        } catch (Error e) {
            throw reported(e);
        }
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        try {
            delegate.updateCapacity(capacityChannel);
        } catch (Error e) {
            throw reported(e);
        }
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        try {
            delegate.consume(src);
        } catch (Error e) {
            throw reported(e);
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
        try {
            delegate.streamEnd(trailers);
        } catch (Error e) {
            throw reported(e);
        }
    }

    @Override
    public void failed(Exception cause) {
        delegate.failed(cause);
    }

    @Override
    public void releaseResources() {
        delegate.releaseResources();
    }
}
