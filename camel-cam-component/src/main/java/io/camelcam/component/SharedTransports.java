package io.camelcam.component;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.core5.pool.PoolStats;

import io.camelcam.client.CallCounters;
import io.camelcam.client.CamHttpClientConfigurer;
import io.camelcam.client.CamHttpTransport;
import io.camelcam.component.api.CamConfiguration;

/**
 * The component's HTTP transports: one per set of connection settings, shared by every endpoint
 * (and readiness check) using them, closed when the last one lets it go. Calls still in flight on
 * a closed transport fail.
 */
final class SharedTransports {

    private final Map<TransportSettings, Shared> transports = new HashMap<>();
    private final Supplier<CamHttpClientConfigurer> configurer;

    /** {@code configurer}: the component's HttpClient customisation, read when a transport opens (may give null). */
    SharedTransports(Supplier<CamHttpClientConfigurer> configurer) {
        this.configurer = configurer;
    }

    /** A transport for these settings, shared with every user of the same ones. */
    synchronized CamHttpTransport acquire(CamConfiguration options, CamelContext camelContext) throws Exception {
        TransportSettings key = TransportSettings.of(options);
        Shared shared = transports.get(key);
        if (shared == null) {
            shared = new Shared(open(key, camelContext, configurer.get()));
            transports.put(key, shared);
        }
        shared.users++;
        return shared.transport;
    }

    /** Closes the transport when its last user lets it go. */
    synchronized void release(CamConfiguration options) {
        TransportSettings key = TransportSettings.of(options);
        Shared shared = transports.get(key);
        if (shared != null && --shared.users == 0) {
            transports.remove(key);
            shared.transport.close();
        }
    }

    synchronized void closeAll() {
        transports.values().forEach(shared -> shared.transport.close());
        transports.clear();
    }

    /** The figures of every open transport; none holds a secret. */
    synchronized List<TransportStatus> status() {
        List<TransportStatus> status = new ArrayList<>();
        transports.forEach((key, shared) -> {
            PoolStats pool = shared.transport.poolStats();
            CamHttpTransport.Failure failure = shared.transport.lastFailure();
            CallCounters counters = shared.transport.counters();
            CallCounters.LastFailure lastCall = counters.lastFailure();
            status.add(new TransportStatus(key.toString(), pool.getLeased(), pool.getAvailable(), pool.getPending(),
                    pool.getMax(), shared.users, shared.transport.restarts(),
                    failure == null ? null : failure.at() + " " + failure.error(), counters.calls(), counters.failures(),
                    counters.failuresByType(), lastCall == null ? null : lastCall.toString()));
        });
        return status;
    }

    private static CamHttpTransport open(TransportSettings settings, CamelContext camelContext,
            CamHttpClientConfigurer configurer) throws Exception {
        CamHttpTransport.Builder builder = CamHttpTransport.builder()
                .useSystemProperties(settings.useSystemProperties())
                .configurer(configurer)
                .maxConnections(settings.maxConnections())
                .connectTimeout(Duration.ofMillis(settings.connectTimeout()))
                .connectionRequestTimeout(Duration.ofMillis(settings.connectionRequestTimeout()));
        if (settings.sslContextParameters() != null) {
            SSLContext ssl = settings.sslContextParameters().createSSLContext(camelContext);
            builder.sslContext(ssl);
        }
        if (settings.proxyHost() != null) {
            builder.proxy(URI.create("http://" + settings.proxyHost() + ":"
                    + (settings.proxyPort() == null ? 80 : settings.proxyPort())));
            if (settings.proxyUsername() != null) {
                builder.proxyCredentials(settings.proxyUsername(), settings.proxyPassword().toCharArray());
            }
        }
        return builder.build();
    }

    /**
     * Connection settings that need a transport of their own; everything else is per request. Holds the
     * proxy password, so its toString leaves it out.
     */
    record TransportSettings(int maxConnections, long connectTimeout, long connectionRequestTimeout,
            SSLContextParameters sslContextParameters, String proxyHost, Integer proxyPort, String proxyUsername,
            String proxyPassword, boolean useSystemProperties) {

        static TransportSettings of(CamConfiguration c) {
            return new TransportSettings(c.getMaxConnections(), c.getConnectTimeout(), c.getConnectionRequestTimeout(),
                    c.getSslContextParameters(), c.getProxyHost(), c.getProxyPort(), c.getProxyUsername(),
                    c.getProxyPassword(), c.isUseSystemProperties());
        }

        @Override
        public String toString() {
            return "maxConnections=" + maxConnections + ", connectTimeout=" + connectTimeout + "ms"
                    + (sslContextParameters == null ? "" : ", custom TLS")
                    + (proxyHost == null ? "" : ", proxy " + proxyHost + ":" + (proxyPort == null ? 80 : proxyPort))
                    + (proxyUsername == null ? "" : " as " + proxyUsername)
                    + (useSystemProperties ? ", JVM system properties" : "");
        }
    }

    private static final class Shared {
        final CamHttpTransport transport;
        int users;

        Shared(CamHttpTransport transport) {
            this.transport = transport;
        }
    }
}
