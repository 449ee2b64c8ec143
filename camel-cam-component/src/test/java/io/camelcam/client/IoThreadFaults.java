package io.camelcam.client;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

import io.camelcam.client.operation.RequestBody;

/**
 * Makes one of a transport's HttpClient I/O threads die of an {@link Error}, as an
 * OutOfMemoryError in a response consumer would: something no server can provoke on its own.
 */
public final class IoThreadFaults {

    private IoThreadFaults() {
    }

    /** Sends one request to {@code serverUrl}'s getConferenceMaster whose answer head throws {@code error} on the I/O thread. */
    public static void killIoThread(CamHttpTransport transport, String serverUrl, String token, Error error) {
        URI uri = ServerUrl.parse(serverUrl).resolve("getConferenceMaster");
        transport.execute(uri, token, RequestBody.Form.empty(), new ThrowingConsumer(error), new FutureCallback<>() {
            @Override
            public void completed(Void result) {
                // never: the head throws
            }

            @Override
            public void failed(Exception ex) {
                // the transport fails it with the rest
            }

            @Override
            public void cancelled() {
                // nothing to do
            }
        });
    }

    private record ThrowingConsumer(Error error) implements AsyncResponseConsumer<Void> {
        @Override
        public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
                FutureCallback<Void> resultCallback) {
            throw error;
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) {
        }

        @Override
        public void consume(ByteBuffer src) {
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
        }

        @Override
        public void failed(Exception cause) {
        }

        @Override
        public void releaseResources() {
        }
    }
}
