package io.camelcam.client.internal.http;

import java.net.SocketAddress;
import java.util.function.Supplier;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;

/**
 * The JVM's default TLS, built on the first {@code https} connection rather than when the transport
 * starts. HttpClient builds its default strategy eagerly: the JDK's TLS and certificate classes, the
 * trust store and the public-suffix list, about 300 classes and a large share of a {@code cam:}
 * route's start, paid even by transports that only ever talk plain HTTP (a CAM server on the LAN, the
 * sandbox). Nothing is checked at that point that a start-up could report: HttpClient falls back to
 * defaults on its own. An {@code sslContextParameters} option is still turned into its SSLContext at
 * start, where its mistakes surface.
 */
public final class LazyTlsStrategy implements TlsStrategy {

    private final Supplier<? extends TlsStrategy> factory;
    private volatile TlsStrategy strategy;

    public LazyTlsStrategy(Supplier<? extends TlsStrategy> factory) {
        this.factory = factory;
    }

    private TlsStrategy strategy() {
        TlsStrategy current = strategy;
        if (current == null) {
            synchronized (this) {
                current = strategy;
                if (current == null) {
                    current = factory.get();
                    strategy = current;
                }
            }
        }
        return current;
    }

    /** Whether the real strategy has been built, i.e. a TLS connection was made. */
    public boolean isBuilt() {
        return strategy != null;
    }

    @Override
    public void upgrade(TransportSecurityLayer sessionLayer, NamedEndpoint endpoint, Object attachment,
            Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
        strategy().upgrade(sessionLayer, endpoint, attachment, handshakeTimeout, callback);
    }

    /** HttpCore's older entry point, still part of the interface; delegated the same way. */
    @Override
    @Deprecated
    public boolean upgrade(TransportSecurityLayer sessionLayer, HttpHost host, SocketAddress localAddress,
            SocketAddress remoteAddress, Object attachment, Timeout handshakeTimeout) {
        return strategy().upgrade(sessionLayer, host, localAddress, remoteAddress, attachment, handshakeTimeout);
    }
}
