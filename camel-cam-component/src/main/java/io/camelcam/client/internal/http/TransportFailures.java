package io.camelcam.client.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;

import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;

/**
 * Maps what HttpClient reports to the component's documented exception types: the one place that
 * decides whether a failure means "never sent" ({@link CamConnectException}, safe to repeat),
 * "outcome unknown" ({@link CamTransportException}, {@link CamTimeoutException}) or "answered but
 * unusable" ({@link CamResponseException}).
 */
public final class TransportFailures {

    private TransportFailures() {
    }

    public static CamException map(String operation, Throwable error) {
        return map(operation, error, "");
    }

    /** As {@link #map(String, Throwable)}, with {@code context} appended to the message (e.g. how far a body got). */
    public static CamException map(String operation, Throwable error, String context) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof CamException cam) {
            return cam;
        }
        if (e instanceof StreamedDownloads.StreamBrokenException broken) {
            return broken.getCause();
        }
        if (e instanceof ResponseTooLargeException) {
            return new CamResponseException(operation, e.getMessage() + context, e);
        }
        if (e instanceof TransportBrokenException) {
            return new CamTransportException(operation, e.getMessage() + context, e);
        }
        if (e instanceof ConnectTimeoutException) {
            return new CamConnectException(operation, "connect timeout: " + e.getMessage() + context, e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return new CamConnectException(operation, "cannot connect: " + e + context, e);
        }
        if (e instanceof RequestDeparture.TlsFailureException tls) {
            return tls.requestLeft()
                    ? new CamTransportException(operation, "TLS failed after the request began to leave, outcome unknown: "
                            + tls.getMessage() + context, tls.getCause())
                    : new CamConnectException(operation, "TLS failed before the request was sent: " + tls.getMessage()
                            + context, tls.getCause());
        }
        if (e instanceof SSLHandshakeException) {
            return new CamConnectException(operation, "TLS handshake failed: " + e.getMessage() + context, e);
        }
        if (e instanceof SSLException) {
            // not known to have happened before the request left: a write may have reached CAM
            return new CamTransportException(operation, "TLS failed, outcome unknown: " + e.getMessage() + context, e);
        }
        if (e instanceof TimeoutException) {
            return new CamConnectException(operation, "no pooled connection free in time: " + e.getMessage() + context, e);
        }
        if (e instanceof SocketTimeoutException) {
            return new CamTimeoutException(operation, "no answer within the response timeout: " + e.getMessage() + context, e);
        }
        if (e instanceof CancellationException) {
            return new CamTransportException(operation, "cancelled before an answer arrived" + context, e);
        }
        if (e instanceof IOException) {
            return new CamTransportException(operation, "connection broke off, outcome unknown: " + e + context, e);
        }
        return new CamTransportException(operation, "request failed: " + e + context, e);
    }
}
