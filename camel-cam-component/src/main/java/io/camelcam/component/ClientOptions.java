package io.camelcam.component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.camelcam.client.ApiToken;
import io.camelcam.client.CamClient;
import io.camelcam.client.RetryPolicy;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.binding.ZonedClock;

/**
 * An endpoint's options made into what the client takes (its builder, retry policy, clock), each
 * checked on the way with a {@link CamValidationException} naming the option: a bad URI fails the
 * route's start, before a transport is opened or anything is sent.
 */
final class ClientOptions {

    /** A DNS name, IPv4 address or bracketed IPv6 address: nothing that could reshape the proxy URI. */
    private static final Pattern PROXY_HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");

    private ClientOptions() {
    }

    /** The clock option (the system's by default) in the timeZone option's zone. */
    static ZonedClock zonedClock(CamConfiguration c) {
        return new ZonedClock(c.getClock() != null ? c.getClock() : Clock.systemDefaultZone(), zone(c.getTimeZone()));
    }

    /** A client builder with everything but the transport, every option it uses checked. */
    static CamClient.Builder clientBuilder(CamConfiguration c, ZonedClock time) {
        CamClient.Builder builder = CamClient.builder()
                .serverUrl(c.getServerUrl())
                .apiToken(c.getApiToken())
                .responseTimeout(positive(c.getResponseTimeout(), "responseTimeout"))
                .maxResponseSize(c.getMaxResponseSize())
                .retryPolicy(retryPolicy(c))
                .clock(time.clock());
        if (c.getAdminApiToken() != null) {
            ApiToken.check(c.getAdminApiToken(), "adminApiToken");
        }
        checkConnectionOptions(c);
        return builder;
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new CamValidationException(null, "option timeZone", "'" + timeZone + "' is not a time zone such as Asia/Tokyo");
        }
    }

    private static Duration positive(long millis, String option) {
        if (millis <= 0) {
            throw new CamValidationException(null, "option " + option, "must be positive");
        }
        return Duration.ofMillis(millis);
    }

    /** The options that make up a shared transport; checked here so the transport never sees a bad one. */
    static void checkConnectionOptions(CamConfiguration c) {
        if (c.getMaxConnections() < 1) {
            throw new CamValidationException(null, "option maxConnections", "must be at least 1");
        }
        positive(c.getConnectTimeout(), "connectTimeout");
        positive(c.getConnectionRequestTimeout(), "connectionRequestTimeout");
        if (c.getProxyHost() != null && !PROXY_HOST.matcher(c.getProxyHost()).matches()) {
            throw new CamValidationException(null, "option proxyHost", "must be a host name or IP address");
        }
        if (c.getProxyPort() != null) {
            if (c.getProxyHost() == null) {
                throw new CamValidationException(null, "option proxyPort", "is set but proxyHost is not");
            }
            if (c.getProxyPort() < 1 || c.getProxyPort() > 65535) {
                throw new CamValidationException(null, "option proxyPort", "must be within 1..65535");
            }
        }
        if (c.getProxyUsername() != null && c.getProxyHost() == null) {
            throw new CamValidationException(null, "option proxyUsername", "is set but proxyHost is not");
        }
        if (c.getProxyPassword() != null && c.getProxyUsername() == null) {
            throw new CamValidationException(null, "option proxyPassword", "is set but proxyUsername is not");
        }
        if (c.getProxyUsername() != null && c.getProxyPassword() == null) {
            throw new CamValidationException(null, "option proxyUsername", "is set but proxyPassword is not");
        }
    }

    static RetryPolicy retryPolicy(CamConfiguration c) {
        Set<Integer> statuses = new HashSet<>();
        if (c.getRetryOn() != null && !c.getRetryOn().isBlank()) {
            for (String item : c.getRetryOn().split(",")) {
                String value = item.trim().toLowerCase(Locale.ROOT);
                switch (value) {
                    case "429" -> statuses.add(429);
                    case "503" -> statuses.add(503);
                    case "connect" -> statuses.add(RetryPolicy.CONNECT_FAILURE);
                    default -> throw new CamValidationException(null, "option retryOn",
                            "'" + item.trim() + "' is not one of 429, 503, connect (other failures may mean CAM "
                            + "processed the request, so a write is never retried on them)");
                }
            }
        }
        if (c.getReadRetries() < 0) {
            throw new CamValidationException(null, "option readRetries", "must not be negative");
        }
        if (c.getWriteRetries() < 0) {
            throw new CamValidationException(null, "option writeRetries", "must not be negative");
        }
        return new RetryPolicy(c.getReadRetries(), statuses.isEmpty() ? 0 : c.getWriteRetries(), statuses,
                positive(c.getRetryBackoff(), "retryBackoff"), positive(c.getMaxRetryAfter(), "maxRetryAfter"));
    }
}
