package io.camelcam.component;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

import io.camelcam.client.CamClient;
import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.RetryPolicy;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.ServerUrl;

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

    @Metadata(label = "health", defaultValue = "30s", javaType = "java.time.Duration", description = "How long the "
            + "producer readiness check reuses CAM's last answer: CAM is asked (getConferenceMaster) at most once per "
            + "interval for each server URL and token, however often the check is called.")
    private long healthCheckInterval = 30_000L;

    @Metadata(label = "health", defaultValue = "5s", javaType = "java.time.Duration", description = "How long the "
            + "producer readiness check waits for CAM's answer before reporting DOWN.")
    private long healthCheckTimeout = 5_000L;

    /**
     * How Camel compares keys it may log: the last segment, lower case, without dashes. Besides the
     * two token options, {@code admin-token}: the placeholder name these docs give the administrator's token.
     */
    private static final List<String> SENSITIVE_KEYWORDS = List.of("apitoken", "adminapitoken", "admintoken");

    private final Map<TransportSettings, SharedTransport> transports = new HashMap<>();
    private final Map<HealthKey, SharedHealthCheck> healthChecks = new HashMap<>();
    private ExecutorService callbackExecutor;

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        if (camelContext != null) {
            markTokensSensitive(camelContext);
        }
    }

    /**
     * Camel masks the values of sensitive keys where it logs configuration (camel-main's
     * "Auto-configuration component cam summary", as Quarkus and camel-main print at start), but its
     * built-in list has no {@code apiToken}: without this the token would be logged in clear. Its
     * "Property-placeholders summary" asks the same question, so {@code cam.admin-token = ...} is masked too.
     */
    static void markTokensSensitive(CamelContext camelContext) {
        ExtendedCamelContext extension = camelContext.getCamelContextExtension();
        for (String keyword : SENSITIVE_KEYWORDS) {
            String keywords = extension.getAdditionalSensitiveKeywords();
            if (keywords == null || keywords.isBlank()) {
                extension.setAdditionalSensitiveKeywords(keyword);
            } else if (!Arrays.asList(keywords.toLowerCase(Locale.ROOT).split(",")).contains(keyword)) {
                extension.setAdditionalSensitiveKeywords(keywords + "," + keyword);
            }
        }
    }

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
                + Arrays.toString(CamOperation.values()));
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

    /**
     * The readiness check of the producers talking to this endpoint's server with its token, shared
     * with every producer doing the same, registered in {@code repository} by the first of them.
     */
    synchronized CamProducerHealthCheck acquireHealthCheck(CamConfiguration options, WritableHealthCheckRepository repository)
            throws Exception {
        HealthKey key = new HealthKey(ServerUrl.parse(options.getServerUrl()).toString(),
                options.getApiToken(), TransportSettings.of(options));
        SharedHealthCheck shared = healthChecks.get(key);
        if (shared == null) {
            if (healthCheckInterval < 0 || healthCheckTimeout <= 0) {
                throw new CamValidationException(null, "option healthCheckInterval/healthCheckTimeout",
                        "the interval must not be negative and the timeout must be positive");
            }
            CamHttpTransport transport = acquireTransport(options);
            CamClient probe;
            try {
                probe = CamClient.builder()
                        .serverUrl(options.getServerUrl())
                        .apiToken(options.getApiToken())
                        .transport(transport)
                        .responseTimeout(Duration.ofMillis(healthCheckTimeout))
                        // a probe reports what CAM answers now; retries would only multiply the calls
                        .retryPolicy(RetryPolicy.NONE)
                        // the producer's endpoint has warned about a plain-HTTP server already: once per endpoint
                        .warnIfPlainHttp(false)
                        .build();
            } catch (RuntimeException e) {
                releaseTransport(options);
                throw e;
            }
            CamProducerHealthCheck check = new CamProducerHealthCheck(healthCheckId(key.serverUrl()), probe,
                    healthCheckInterval, healthCheckTimeout);
            check.setEnabled(isHealthCheckProducerEnabled());
            shared = new SharedHealthCheck(check, repository);
            healthChecks.put(key, shared);
            repository.addHealthCheck(check);
        }
        shared.users++;
        return shared.check;
    }

    /** Unregisters and drops the check when its last producer stops. */
    synchronized void releaseHealthCheck(CamConfiguration options) {
        HealthKey key = new HealthKey(ServerUrl.parse(options.getServerUrl()).toString(),
                options.getApiToken(), TransportSettings.of(options));
        SharedHealthCheck shared = healthChecks.get(key);
        if (shared != null && --shared.users == 0) {
            healthChecks.remove(key);
            shared.repository.removeHealthCheck(shared.check);
            releaseTransport(options);
        }
    }

    /**
     * {@code producer:<component name>:<server URL>}, e.g. {@code producer:cam:https://cam.example.com/},
     * numbered when several tokens are used with one server: never the token.
     */
    private String healthCheckId(String serverUrl) {
        String base = "producer:" + componentName() + ":" + serverUrl;
        String id = base;
        for (int n = 2; isHealthCheckIdTaken(id); n++) {
            id = base + "#" + n;
        }
        return id;
    }

    private boolean isHealthCheckIdTaken(String id) {
        return healthChecks.values().stream().anyMatch(shared -> shared.check.getId().equals(id));
    }

    /**
     * The name this instance is registered under, e.g. {@code camAdmin} for a second instance holding
     * the administrator token: in the check id it keeps the instances' checks apart, as Camel reports
     * only one result per id.
     */
    private String componentName() {
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) == this) {
                return name;
            }
        }
        return getDefaultName();
    }

    /**
     * The pool answers are handed to. It rejects by throwing (the endpoint then completes the exchange on
     * the I/O thread): Camel's default policy, CallerRuns, silently discards a task once the pool is shut
     * down, and the exchange whose answer it carried would never complete.
     */
    synchronized ExecutorService callbackExecutor() {
        if (callbackExecutor == null) {
            ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
            ThreadPoolProfile profile = manager.getDefaultThreadPoolProfile().clone();
            profile.setId("CamCallback");
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            callbackExecutor = manager.newThreadPool(this, "CamCallback", profile);
        }
        return callbackExecutor;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            healthChecks.values().forEach(shared -> shared.repository.removeHealthCheck(shared.check));
            healthChecks.clear();
            transports.values().forEach(shared -> shared.transport.close());
            transports.clear();
            if (callbackExecutor != null) {
                // not shutdownGraceful: after its timeout it drops queued answers, leaving their exchanges hanging;
                // queued answers still run, and the ones the closed transports fail now run on the I/O thread
                getCamelContext().getExecutorServiceManager().shutdown(callbackExecutor);
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

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public long getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    public void setHealthCheckTimeout(long healthCheckTimeout) {
        this.healthCheckTimeout = healthCheckTimeout;
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

    /** What one readiness check stands for. Holds the token, so it must never be printed. */
    private record HealthKey(String serverUrl, String apiToken, TransportSettings transport) {
        @Override
        public String toString() {
            return "HealthKey[" + serverUrl + ", " + transport + "]";
        }
    }

    private static final class SharedHealthCheck {
        final CamProducerHealthCheck check;
        final WritableHealthCheckRepository repository;
        int users;

        SharedHealthCheck(CamProducerHealthCheck check, WritableHealthCheckRepository repository) {
            this.check = check;
            this.repository = repository;
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
