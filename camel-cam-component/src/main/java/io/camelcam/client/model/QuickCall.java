package io.camelcam.client.model;

import java.time.Instant;

/**
 * A quick web conference created by {@code createQuickCall}: the URL to share and when it expires.
 * The password is deliberately not part of it: it is the caller's secret.
 */
public record QuickCall(String url, Instant expiresAt) {
}
