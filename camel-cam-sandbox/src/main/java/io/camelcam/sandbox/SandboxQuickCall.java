package io.camelcam.sandbox;

import java.time.Instant;

/**
 * A quick call made by {@code createQuickCall}. Only whether a password was set is kept, never the
 * password itself, so neither this record's {@code toString()} nor the inspection API can leak it.
 */
public record SandboxQuickCall(String id, String url, long expireTime, boolean passwordSet, Instant createdAt) {
}
