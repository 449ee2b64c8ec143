package io.camelcam.client.internal.http;

import java.io.IOException;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Tells for one exchange whether its request may have left: HttpCore asks for the body only once the
 * request head is written on an established connection, which over HTTPS means after the handshake.
 * A TLS failure before that is a failed connect (nothing sent, safe to repeat); after it, the outcome
 * is unknown. Wraps the request's entity producer and changes nothing it produces.
 */
public final class RequestDeparture implements AsyncEntityProducer {

    private final AsyncEntityProducer delegate;
    private volatile boolean left;

    public RequestDeparture(AsyncEntityProducer delegate) {
        this.delegate = delegate;
    }

    /**
     * What the exchange failed with, a TLS failure other than a handshake's marked with whether the
     * request had begun to leave ({@link TlsFailureException}); anything else as it is.
     */
    public Exception explain(Exception failure) {
        if (failure instanceof SSLException tls && !(failure instanceof SSLHandshakeException)) {
            return new TlsFailureException(tls, left);
        }
        return failure;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        left = true;
        delegate.produce(channel);
    }

    @Override
    public boolean isRepeatable() {
        return delegate.isRepeatable();
    }

    @Override
    public void failed(Exception cause) {
        delegate.failed(cause);
    }

    @Override
    public long getContentLength() {
        return delegate.getContentLength();
    }

    @Override
    public String getContentType() {
        return delegate.getContentType();
    }

    @Override
    public String getContentEncoding() {
        return delegate.getContentEncoding();
    }

    @Override
    public boolean isChunked() {
        return delegate.isChunked();
    }

    @Override
    public Set<String> getTrailerNames() {
        return delegate.getTrailerNames();
    }

    @Override
    public int available() {
        return delegate.available();
    }

    @Override
    public void releaseResources() {
        delegate.releaseResources();
    }

    /** A TLS failure of one exchange, and whether its request had begun to leave when it happened. */
    public static final class TlsFailureException extends IOException {

        private static final long serialVersionUID = 1L;

        private final boolean requestLeft;

        TlsFailureException(SSLException cause, boolean requestLeft) {
            super(cause.getMessage(), cause);
            this.requestLeft = requestLeft;
        }

        public boolean requestLeft() {
            return requestLeft;
        }

        @Override
        public synchronized SSLException getCause() {
            return (SSLException) super.getCause();
        }
    }
}
