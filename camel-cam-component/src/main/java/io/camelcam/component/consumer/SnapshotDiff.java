package io.camelcam.component.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.camelcam.component.consumer.Snapshot.Located;

/**
 * Compares two snapshots entry by entry, by id, on the whole entry (any field, {@code updatedAt}
 * included). Pure: no I/O, no clock, no Camel.
 *
 * <p>Periods make a moving window safe. An entry in a period the baseline did not watch yet (the
 * first poll, or a month entering the window) is CREATED only when {@code emitNewlyWatched}; an
 * entry of a period no longer watched (a month leaving the window) is dropped without a DELETED,
 * because nobody knows whether it still exists. An entry found under another period than before
 * (a reservation moved from 31 August to 1 September, both months watched) is one UPDATED.
 *
 * <p>Order: all DELETED, then all UPDATED, then all CREATED, each group sorted by {@code order}
 * on the entry as the exchange carries it. Deletions come first so that a consumer mirroring the
 * schedule frees a slot before it sees the booking that took it.
 */
final class SnapshotDiff {

    private SnapshotDiff() {
    }

    static <T> List<Change<T>> changes(Snapshot<T> baseline, Snapshot<T> now, boolean emitNewlyWatched,
            Function<T, String> id, Comparator<T> order) {
        Map<String, Located<T>> before = baseline.byId();
        Map<String, Located<T>> after = now.byId();
        List<Change<T>> deleted = new ArrayList<>();
        List<Change<T>> updated = new ArrayList<>();
        List<Change<T>> created = new ArrayList<>();
        after.forEach((key, found) -> {
            Located<T> previous = before.get(key);
            if (previous == null) {
                if (emitNewlyWatched || baseline.watches(found.period())) {
                    created.add(new Change<>(ChangeType.CREATED, found.period(), null, found.entry()));
                }
            } else if (!previous.entry().equals(found.entry())) {
                updated.add(new Change<>(ChangeType.UPDATED, found.period(), previous.entry(), found.entry()));
            }
        });
        before.forEach((key, gone) -> {
            if (!after.containsKey(key) && now.watches(gone.period())) {
                deleted.add(new Change<>(ChangeType.DELETED, gone.period(), gone.entry(), null));
            }
        });
        Comparator<Change<T>> byEntry = Comparator.comparing(Change::current, order);
        List<Change<T>> all = new ArrayList<>(deleted.size() + updated.size() + created.size());
        for (List<Change<T>> group : List.of(deleted, updated, created)) {
            group.sort(byEntry);
            all.addAll(group);
        }
        return all;
    }
}
