package io.camelcam.component.consumer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Message;

import io.camelcam.client.CamClient;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.binding.ZonedClock;

/**
 * What a {@code cam:} consumer watches for an operation that can be polled: how to fetch it now,
 * how to tell its entries apart and order them, and what headers describe one. One per pollable
 * operation, beside its binding; stateless.
 *
 * @param <T> the entry type, a record compared on all its fields
 */
public interface ChangeFeed<T> {

    /** The entry type, to read a stored baseline back. */
    Class<T> type();

    /** Fails with a {@link io.camelcam.client.error.CamValidationException} naming the option at fault. */
    void checkOptions(CamConfiguration options, ZonedClock time);

    /** The baseline's key in a state store when the stateKey option is not set. */
    String defaultStateKey(CamConfiguration options);

    /**
     * Fetches everything watched now, period by period in period order (one month of the window,
     * or the whole master list). Completes with the first failure if any fetch fails: a partial
     * answer must never look like deletions.
     */
    CompletableFuture<Map<String, List<T>>> fetch(CamClient client, CamConfiguration options, ZonedClock time);

    /** The entry's id; null for an entry that cannot be tracked. */
    String id(T entry);

    /** The order in which changes of one kind are emitted. */
    Comparator<T> order();

    /** Sets the headers that identify the entry, besides the change type. */
    void describe(Message message, T entry);
}
