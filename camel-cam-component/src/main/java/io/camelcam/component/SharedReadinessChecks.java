package io.camelcam.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.WritableHealthCheckRepository;

import io.camelcam.client.CamClient;
import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.RetryPolicy;
import io.camelcam.client.ServerUrl;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.SharedTransports.TransportSettings;
import io.camelcam.component.api.CamConfiguration;

/**
 * The producers' readiness checks ({@link CamProducerHealthCheck}): one per server URL, token and
 * connection settings, shared by every producer with the same ones, registered by the first of
 * them and removed with the last. Each check's probe client borrows a transport of
 * {@link SharedTransports}.
 */
final class SharedReadinessChecks {

    private final CamComponent component;
    private final SharedTransports transports;
    private final Map<Key, Shared> checks = new HashMap<>();

    SharedReadinessChecks(CamComponent component, SharedTransports transports) {
        this.component = component;
        this.transports = transports;
    }

    /** The check of the producers talking to {@code options}' server with its token. */
    synchronized CamProducerHealthCheck acquire(CamConfiguration options, WritableHealthCheckRepository repository)
            throws Exception {
        Key key = Key.of(options);
        Shared shared = checks.get(key);
        if (shared == null) {
            long interval = component.getHealthCheckInterval();
            long timeout = component.getHealthCheckTimeout();
            if (interval < 0 || timeout <= 0) {
                throw new CamValidationException(null, "option healthCheckInterval/healthCheckTimeout",
                        "the interval must not be negative and the timeout must be positive");
            }
            CamHttpTransport transport = transports.acquire(options, component.getCamelContext());
            CamClient probe;
            try {
                probe = CamClient.builder()
                        .serverUrl(options.getServerUrl())
                        .apiToken(options.getApiToken())
                        .transport(transport)
                        .responseTimeout(Duration.ofMillis(timeout))
                        // a probe reports what CAM answers now; retries would only multiply the calls
                        .retryPolicy(RetryPolicy.NONE)
                        // the producer's endpoint has warned about a plain-HTTP server already: once per endpoint
                        .warnIfPlainHttp(false)
                        .build();
            } catch (RuntimeException e) {
                transports.release(options);
                throw e;
            }
            CamProducerHealthCheck check = new CamProducerHealthCheck(checkId(key.serverUrl()), probe, interval, timeout);
            check.setEnabled(component.isHealthCheckProducerEnabled());
            shared = new Shared(check, repository);
            checks.put(key, shared);
            repository.addHealthCheck(check);
        }
        shared.users++;
        return shared.check;
    }

    /** Unregisters and drops the check when its last producer stops. */
    synchronized void release(CamConfiguration options) {
        Key key = Key.of(options);
        Shared shared = checks.get(key);
        if (shared != null && --shared.users == 0) {
            checks.remove(key);
            shared.repository.removeHealthCheck(shared.check);
            transports.release(options);
        }
    }

    /**
     * Each check's state as it reports it now: a check asks CAM at most once per healthCheckInterval,
     * so reading the states often costs CAM nothing more.
     */
    List<ReadinessStatus> status() {
        List<CamProducerHealthCheck> current;
        synchronized (this) {
            current = checks.values().stream().map(shared -> shared.check).toList();
        }
        List<ReadinessStatus> status = new ArrayList<>();
        for (CamProducerHealthCheck check : current) {
            HealthCheck.Result result = check.call();
            status.add(new ReadinessStatus(check.getId(), result.getState().name(), result.getMessage().orElse(null)));
        }
        return status;
    }

    synchronized void removeAll() {
        checks.values().forEach(shared -> shared.repository.removeHealthCheck(shared.check));
        checks.clear();
    }

    /**
     * {@code producer:<component name>:<server URL>}, e.g. {@code producer:cam:https://cam.example.com/},
     * numbered when several tokens are used with one server: never the token.
     */
    private String checkId(String serverUrl) {
        String base = "producer:" + componentName() + ":" + serverUrl;
        String id = base;
        for (int n = 2; isTaken(id); n++) {
            id = base + "#" + n;
        }
        return id;
    }

    private boolean isTaken(String id) {
        return checks.values().stream().anyMatch(shared -> shared.check.getId().equals(id));
    }

    /**
     * The name the component is registered under, e.g. {@code camAdmin} for a second instance holding
     * the administrator token: in the check id it keeps the instances' checks apart, as Camel reports
     * only one result per id.
     */
    private String componentName() {
        for (String name : component.getCamelContext().getComponentNames()) {
            if (component.getCamelContext().hasComponent(name) == component) {
                return name;
            }
        }
        return component.getDefaultName();
    }

    /** What one readiness check stands for. Holds the token, so it must never be printed. */
    private record Key(String serverUrl, String apiToken, TransportSettings transport) {
        static Key of(CamConfiguration options) {
            return new Key(ServerUrl.parse(options.getServerUrl()).toString(), options.getApiToken(),
                    TransportSettings.of(options));
        }

        @Override
        public String toString() {
            return "Key[" + serverUrl + ", " + transport + "]";
        }
    }

    private static final class Shared {
        final CamProducerHealthCheck check;
        final WritableHealthCheckRepository repository;
        int users;

        Shared(CamProducerHealthCheck check, WritableHealthCheckRepository repository) {
            this.check = check;
            this.repository = repository;
        }
    }
}
