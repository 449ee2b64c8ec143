package io.camelcam.component;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

import javax.net.ssl.SSLContext;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.error.CamValidationException;

/**
 * The {@code cam:} component. Its configuration holds the defaults of every endpoint (server URL,
 * token, timeouts, TLS, proxy, ...). Endpoints with the same connection settings share one pooled
 * HTTP transport, and the component owns the small thread pool that continues exchanges once
 * CAM has answered (HttpClient's I/O threads must never run route code).
 */
@Component("cam")
public class CamComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Default options of every endpoint; an endpoint URI overrides them.")
    private CamConfiguration configuration = new CamConfiguration();

    @Metadata(label = "security", defaultValue = "false", description = "Use the global SSLContextParameters of the "
            + "CamelContext when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;

    private final Map<TransportSettings, SharedTransport> transports = new HashMap<>();
    private ExecutorService callbackExecutor;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CamOperation operation = parseOperation(remaining);
        CamConfiguration endpointConfiguration = configuration.copy();
        CamEndpoint endpoint = new CamEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    private static CamOperation parseOperation(String remaining) {
        String name = remaining == null ? "" : remaining.strip();
        if (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        for (CamOperation op : CamOperation.values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        throw new CamValidationException(null, "operation", "'" + name + "' is not a CAM operation; use one of "
                + java.util.Arrays.toString(CamOperation.values()));
    }

    // ---- shared resources ------------------------------------------------------------------

    /** A transport for these settings, shared with every endpoint using the same ones. */
    synchronized CamHttpTransport acquireTransport(CamConfiguration options) throws Exception {
        TransportSettings key = TransportSettings.of(options);
        SharedTransport shared = transports.get(key);
        if (shared == null) {
            shared = new SharedTransport(newTransport(key));
            transports.put(key, shared);
        }
        shared.users++;
        return shared.transport;
    }

    /** Closes the transport when its last endpoint lets it go; calls still in flight then fail. */
    synchronized void releaseTransport(CamConfiguration options) {
        TransportSettings key = TransportSettings.of(options);
        SharedTransport shared = transports.get(key);
        if (shared != null && --shared.users == 0) {
            transports.remove(key);
            shared.transport.close();
        }
    }

    private CamHttpTransport newTransport(TransportSettings settings) throws Exception {
        CamHttpTransport.Builder builder = CamHttpTransport.builder()
                .maxConnections(settings.maxConnections())
                .connectTimeout(Duration.ofMillis(settings.connectTimeout()))
                .connectionRequestTimeout(Duration.ofMillis(settings.connectionRequestTimeout()));
        if (settings.sslContextParameters() != null) {
            SSLContext ssl = settings.sslContextParameters().createSSLContext(getCamelContext());
            builder.sslContext(ssl);
        }
        if (settings.proxyHost() != null) {
            builder.proxy(URI.create("http://" + settings.proxyHost() + ":" + (settings.proxyPort() == null ? 80 : settings.proxyPort())));
        }
        return builder.build();
    }

    synchronized ExecutorService callbackExecutor() {
        if (callbackExecutor == null) {
            callbackExecutor = getCamelContext().getExecutorServiceManager().newDefaultThreadPool(this, "CamCallback");
        }
        return callbackExecutor;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            transports.values().forEach(shared -> shared.transport.close());
            transports.clear();
            if (callbackExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdownGraceful(callbackExecutor);
                callbackExecutor = null;
            }
        }
        super.doStop();
    }

    /** Pool figures of every open transport, for monitoring and leak checks. */
    public synchronized Map<String, String> transportStats() {
        Map<String, String> stats = new HashMap<>();
        transports.forEach((key, shared) -> stats.put(key.toString(), shared.transport.poolStats().toString()));
        return stats;
    }

    // ---- options ---------------------------------------------------------------------------

    public CamConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CamConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** Connection settings that need a transport of their own; everything else is per request. */
    record TransportSettings(int maxConnections, long connectTimeout, long connectionRequestTimeout,
            SSLContextParameters sslContextParameters, String proxyHost, Integer proxyPort) {

        static TransportSettings of(CamConfiguration c) {
            return new TransportSettings(c.getMaxConnections(), c.getConnectTimeout(), c.getConnectionRequestTimeout(),
                    c.getSslContextParameters(), c.getProxyHost(), c.getProxyPort());
        }

        @Override
        public String toString() {
            return "maxConnections=" + maxConnections + ", connectTimeout=" + connectTimeout + "ms"
                    + (sslContextParameters == null ? "" : ", custom TLS") + (proxyHost == null ? "" : ", proxy " + proxyHost);
        }
    }

    private static final class SharedTransport {
        final CamHttpTransport transport;
        int users;

        SharedTransport(CamHttpTransport transport) {
            this.transport = transport;
        }
    }
}
