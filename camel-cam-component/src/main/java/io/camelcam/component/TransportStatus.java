package io.camelcam.component;

import java.util.Map;

/**
 * How one of the component's HTTP transports is doing, for monitoring: its connection settings
 * (never a token or proxy password), its connections leased (calls and streams in flight), idle and
 * waited for, the most it may open, how many endpoints and readiness checks share it, how often it
 * restarted its HTTP client after an I/O thread died, and the last such failure (null if none); the
 * calls sent (each retry counts), the failed ones, by exception type, and the last failed call (null if
 * none).
 */
public record TransportStatus(String connectionSettings, int leased, int available, int pending, int max, int users,
        int restarts, String lastFailure, long calls, long failures, Map<String, Long> failuresByType,
        String lastCallFailure) {
}
