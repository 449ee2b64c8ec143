package io.camelcam.component.consumer;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a consumer saw: for each period it fetched (e.g. {@code 201908}), its entries by id. A
 * period with no entries is still recorded, because "watched and empty" differs from "not
 * watched": only in a watched period does an absent entry mean DELETED. Immutable.
 */
final class Snapshot<T> {

    private static final Snapshot<?> EMPTY = new Snapshot<>(Map.of());

    /** Period to (id to entry); the outer map in period order. */
    private final Map<String, Map<String, T>> periods;

    private Snapshot(Map<String, Map<String, T>> periods) {
        this.periods = periods;
    }

    @SuppressWarnings("unchecked")
    static <T> Snapshot<T> empty() {
        return (Snapshot<T>) EMPTY;
    }

    /**
     * The snapshot of what was fetched, period by period. An id met in two periods (an entry that
     * a server lists under both months it spans) counts once, in the first; entries without an id
     * cannot be told apart from one poll to the next and are left out.
     */
    static <T> Snapshot<T> of(Map<String, List<T>> fetched, Function<T, String> id) {
        Map<String, Map<String, T>> periods = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        fetched.forEach((period, entries) -> {
            Map<String, T> byId = new LinkedHashMap<>();
            for (T entry : entries) {
                String key = id.apply(entry);
                if (key != null && seen.add(key)) {
                    byId.put(key, entry);
                }
            }
            periods.put(period, Collections.unmodifiableMap(byId));
        });
        return new Snapshot<>(Collections.unmodifiableMap(periods));
    }

    /** How many entries it holds, over all periods. */
    int size() {
        return periods.values().stream().mapToInt(Map::size).sum();
    }

    /** Whether this period was fetched. */
    boolean watches(String period) {
        return periods.containsKey(period);
    }

    /** Period to (id to entry), in period order. */
    Map<String, Map<String, T>> periods() {
        return periods;
    }

    /** Every entry by id, with the period it is in. */
    Map<String, Located<T>> byId() {
        Map<String, Located<T>> all = new LinkedHashMap<>();
        periods.forEach((period, entries) -> entries.forEach((id, entry) -> all.put(id, new Located<>(period, entry))));
        return all;
    }

    /**
     * This snapshot as it would be had the change not been taken in: a CREATED entry absent, an
     * UPDATED or DELETED one as it was before. The consumer builds its next baseline this way for
     * every change that was not processed, so the next poll finds it again.
     */
    Snapshot<T> without(Change<T> change, Function<T, String> id) {
        Map<String, Map<String, T>> copy = new LinkedHashMap<>(periods);
        Map<String, T> entries = new LinkedHashMap<>(copy.getOrDefault(change.period(), Map.of()));
        if (change.type() == ChangeType.CREATED) {
            entries.remove(id.apply(change.after()));
        } else {
            entries.put(id.apply(change.before()), change.before());
        }
        copy.put(change.period(), Collections.unmodifiableMap(entries));
        return new Snapshot<>(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snapshot<?> that && periods.equals(that.periods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(periods);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Snapshot[");
        periods.forEach((period, entries) -> text.append(period).append('=').append(entries.size()).append(' '));
        return text.toString().trim() + "]";
    }

    /** An entry and the period it was found in. */
    record Located<T>(String period, T entry) {
    }
}
