package io.camelcam.component;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import io.camelcam.client.CamClient;
import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;

/**
 * Readiness of one CAM server as seen with one API token: asks CAM for the conference-room master
 * list (cheap, read-only, allowed for every token), so a wrong token ({@code 805}) shows as DOWN
 * just like an unreachable server or an HTTP 503.
 *
 * <p>CAM is asked at most once per {@code interval}; calls in between report the last answer, so a
 * probe every second costs CAM one request per interval. {@link AbstractHealthCheck} runs
 * {@link #doCall} under a lock, so concurrent probes wait for the one request in flight and reuse
 * its answer. Every detail comes from the server URL or from a {@link CamException}, whose messages
 * never contain the token. An I/O thread of the shared transport that died turns the check DOWN at
 * once, for one interval.
 */
final class CamProducerHealthCheck extends AbstractHealthCheck {

    static final String SERVER_URL = "server.url";
    static final String PROBE_TIME = "probe.time";

    private final CamClient probe;
    private final long intervalNanos;
    private final long timeoutMillis;

    private Outcome last;
    private long lastProbeNanos;
    private CamHttpTransport.Failure lastTransportFailure;

    CamProducerHealthCheck(String id, CamClient probe, long intervalMillis, long timeoutMillis) {
        super("camel", id);
        this.probe = probe;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.timeoutMillis = timeoutMillis;
        // only failures from now on concern this check
        this.lastTransportFailure = probe.getTransport().lastFailure();
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        long now = System.nanoTime();
        CamHttpTransport.Failure transportFailure = probe.getTransport().lastFailure();
        if (transportFailure != null && transportFailure != lastTransportFailure) {
            // calls in flight have failed and the transport has started afresh: DOWN for one interval, then ask CAM again
            lastTransportFailure = transportFailure;
            last = new Outcome(transportFailure.at(), null, "an HttpClient I/O thread died of " + transportFailure.error()
                    + " at " + transportFailure.at() + "; the calls in flight failed and the transport restarted");
            lastProbeNanos = now;
        } else if (last == null || now - lastProbeNanos >= intervalNanos) {
            last = probe();
            lastProbeNanos = now;
        }
        builder.detail(SERVER_URL, probe.getServerUri().toString());
        builder.detail(PROBE_TIME, last.at().toString());
        if (last.up()) {
            builder.up();
            return;
        }
        builder.down().message(last.message());
        if (last.failure() != null) {
            builder.error(last.failure());
        }
        if (last.failure() instanceof CamHttpException http) {
            builder.detail(SERVICE_STATUS_CODE, http.getStatusCode());
        } else if (last.failure() instanceof CamApiException api && api.getErrorCode() != null) {
            builder.detail(SERVICE_ERROR_CODE, api.getErrorCode());
        }
    }

    private Outcome probe() {
        Instant at = Instant.now();
        try {
            probe.getConferenceMaster().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Outcome(at, null, null);
        } catch (ExecutionException e) {
            CamException failure = e.getCause() instanceof CamException cam ? cam
                    : new CamException("getConferenceMaster", "unexpected failure: " + e.getCause(), e.getCause());
            return new Outcome(at, failure, describe(failure));
        } catch (TimeoutException e) {
            return new Outcome(at, null, "CAM did not answer within " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(at, null, "interrupted while waiting for CAM");
        }
    }

    private static String describe(CamException failure) {
        if (failure instanceof CamApiException api && api.hasErrorCode(AssumedContract.CODE_INVALID_TOKEN)) {
            return "CAM rejected the API token (805 SC_INVALID_APITOKEN): " + failure.getMessage();
        }
        return failure.getMessage();
    }

    /** The answer of one request to CAM: {@code message} is null when it succeeded; {@code failure} is null also on a timeout. */
    private record Outcome(Instant at, CamException failure, String message) {
        boolean up() {
            return message == null;
        }
    }
}
