package io.camelcam.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelcam.client.contract.AnswerDrift;

/**
 * Warns when CAM's successful answers depart from {@link io.camelcam.client.contract.AssumedContract}:
 * a field the component relies on is missing, or a field it does not know appears. One WARN per
 * operation and field for the lifetime of the client, so a server that drifts does not flood the log;
 * at most {@link #MAX_REPORTED} such pairs are remembered, then one last line says so and the rest is
 * silent. Field names only: a value could be a user's data.
 */
public final class DriftWarnings {

    public static final int MAX_REPORTED = 256;

    private static final Logger LOG = LoggerFactory.getLogger(DriftWarnings.class);

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean full = new AtomicBoolean();

    public void report(AnswerDrift drift) {
        if (drift.asAssumed()) {
            return;
        }
        for (String field : drift.missing()) {
            warnOnce(drift.operation(), field, "lacks the field '{}' the component relies on");
        }
        for (String field : drift.unexpected()) {
            warnOnce(drift.operation(), field, "carries the field '{}' the component does not know");
        }
    }

    private void warnOnce(String operation, String field, String what) {
        String key = operation + '\u0000' + field;
        if (reported.contains(key)) {
            return;
        }
        if (reported.size() >= MAX_REPORTED) {
            if (full.compareAndSet(false, true)) {
                LOG.warn("CAM answers depart from the assumed contract in more than {} ways; further departures are "
                        + "not logged", MAX_REPORTED);
            }
            return;
        }
        if (reported.add(key)) {
            LOG.warn("CAM {} answer " + what + " (see the assumed contract in docs/cam-component.adoc; logged once)",
                    operation, field);
        }
    }
}
