package io.camelcam.component;

/**
 * How one of the component's HTTP transports is doing, for monitoring: its connection settings
 * (never a token), its connections leased (calls and streams in flight), idle and waited for, the
 * most it may open, how many endpoints and readiness checks share it, how often it restarted its
 * HTTP client after an I/O thread died, and the last such failure (null if none).
 */
public record TransportStatus(String connectionSettings, int leased, int available, int pending, int max, int users,
        int restarts, String lastFailure) {
}
