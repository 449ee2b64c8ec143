package io.camelcam.component;

/**
 * The state of one producer readiness check ({@code UP}, {@code DOWN}, or {@code UNKNOWN} while
 * producer checks are disabled) and its message, for monitoring: the check id names the server,
 * never the token.
 */
public record ReadinessStatus(String checkId, String state, String message) {
}
