package io.camelcam.component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

import io.camelcam.client.CamHttpClientConfigurer;
import io.camelcam.component.api.CamConfiguration;

/**
 * The {@code cam:} component. Its configuration holds the defaults of every endpoint (server URL,
 * token, timeouts, TLS, proxy, ...). Endpoints with the same connection settings share one pooled
 * HTTP transport ({@link SharedTransports}), producers with the same server and token one readiness
 * check ({@link SharedReadinessChecks}), and the component owns the small thread pool that continues
 * exchanges once CAM has answered (HttpClient's I/O threads must never run route code).
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
            + "interval for each server URL, token and set of connection settings, however often the check is called.")
    private long healthCheckInterval = 30_000L;

    @Metadata(label = "health", defaultValue = "5s", javaType = "java.time.Duration", description = "How long the "
            + "producer readiness check waits for CAM's answer before reporting DOWN.")
    private long healthCheckTimeout = 5_000L;

    @Metadata(label = "advanced", autowired = true, description = "A last say over the HttpClient of every transport "
            + "(an interceptor, a route planner, ...), called after the component's own settings; autowired when the "
            + "registry holds exactly one CamHttpClientConfigurer. It must not turn on wire logging.")
    private CamHttpClientConfigurer httpClientConfigurer;

    private final SharedTransports transports = new SharedTransports(this::getHttpClientConfigurer);
    private final SharedReadinessChecks readinessChecks = new SharedReadinessChecks(this, transports);
    private ExecutorService callbackExecutor;

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        if (camelContext != null) {
            SensitiveKeywords.addTo(camelContext);
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CamOperation operation = CamOperation.fromName(remaining, "operation");
        CamConfiguration endpointConfiguration = configuration.copy();
        CamEndpoint endpoint = new CamEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    SharedTransports transports() {
        return transports;
    }

    SharedReadinessChecks readinessChecks() {
        return readinessChecks;
    }

    /**
     * How each of the component's open HTTP transports is doing (connections leased, idle and waited
     * for, restarts after an I/O failure), for monitoring and leak checks; never holds a secret.
     */
    public List<TransportStatus> transportStatus() {
        return transports.status();
    }

    /**
     * The state of each producer readiness check (one per server URL and token in use), for
     * monitoring; CAM is asked at most once per healthCheckInterval however often this is read.
     */
    public List<ReadinessStatus> readinessStatus() {
        return readinessChecks.status();
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
        readinessChecks.removeAll();
        transports.closeAll();
        synchronized (this) {
            if (callbackExecutor != null) {
                // not shutdownGraceful: after its timeout it drops queued answers, leaving their exchanges hanging;
                // queued answers still run, and the ones the closed transports fail now run on the I/O thread
                getCamelContext().getExecutorServiceManager().shutdown(callbackExecutor);
                callbackExecutor = null;
            }
        }
        super.doStop();
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

    public CamHttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(CamHttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public long getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    public void setHealthCheckTimeout(long healthCheckTimeout) {
        this.healthCheckTimeout = healthCheckTimeout;
    }
}
