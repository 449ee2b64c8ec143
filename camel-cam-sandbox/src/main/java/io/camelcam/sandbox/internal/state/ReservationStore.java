package io.camelcam.sandbox.internal.state;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxReservation;

/**
 * Conference-room reservations by month. A month nobody changed is generated afresh on each read (it is
 * deterministic), so reading any month, however far away, costs no memory; the first change to a month
 * stores it, and from then on it is mutable state. A reservation belongs to the month of its start.
 */
public final class ReservationStore {

    private static final Pattern GENERATED_ID = Pattern.compile("R(\\d{4})(\\d{2})-(\\d{1,9})");
    private static final Comparator<SandboxReservation> ORDER =
            Comparator.comparing(SandboxReservation::start).thenComparing(SandboxReservation::id);

    private final Clock clock;
    private final ReservationGenerator generator;
    private final Map<String, String> roomNames;
    /** Months that were changed; each list is immutable and replaced whole. */
    private final Map<YearMonth, List<SandboxReservation>> changed = new ConcurrentHashMap<>();

    public ReservationStore(Clock clock, List<SandboxConferenceRoom> rooms, List<String> userIds) {
        this.clock = clock;
        this.generator = new ReservationGenerator(rooms, userIds);
        this.roomNames = rooms.stream().collect(Collectors.toUnmodifiableMap(SandboxConferenceRoom::id, SandboxConferenceRoom::name));
    }

    /** Sorted by start, then id. */
    public List<SandboxReservation> month(YearMonth month) {
        List<SandboxReservation> stored = changed.get(month);
        return stored != null ? stored : generator.generate(month);
    }

    /** The reservations of the day's month that overlap the day. */
    public List<SandboxReservation> day(LocalDate date) {
        LocalDateTime from = date.atStartOfDay();
        LocalDateTime to = from.plusDays(1);
        return month(YearMonth.from(date)).stream()
                .filter(r -> r.start().isBefore(to) && r.end().isAfter(from))
                .toList();
    }

    /**
     * Creates or replaces (by id) a reservation; a {@code null} id gets the month's next free number and
     * a {@code null} room name is taken from the room master (or is the room id, for a room not in it). {@code updatedAt} becomes the clock's now.
     */
    public synchronized SandboxReservation put(SandboxReservation r) {
        Objects.requireNonNull(r.roomId(), "roomId");
        Objects.requireNonNull(r.start(), "start");
        Objects.requireNonNull(r.end(), "end");
        if (!r.end().isAfter(r.start())) {
            throw new IllegalArgumentException("a reservation must end after it starts: " + r.start() + " .. " + r.end());
        }
        YearMonth month = YearMonth.from(r.start());
        if (r.id() != null) {
            remove(r.id());
        }
        List<SandboxReservation> target = new ArrayList<>(month(month));
        String id = r.id() != null ? r.id() : ReservationGenerator.idFor(month, nextNumber(target));
        String roomName = r.roomName() != null ? r.roomName() : roomNames.getOrDefault(r.roomId(), r.roomId());
        SandboxReservation stored = new SandboxReservation(id, r.roomId(), roomName, r.title(), r.start(), r.end(),
                r.userId(), clock.instant());
        target.add(stored);
        store(month, target);
        return stored;
    }

    public synchronized boolean cancel(String id) {
        return remove(id);
    }

    public synchronized void reset() {
        changed.clear();
    }

    /** Removes the reservation wherever it is: a changed month, or the generated month its id names. */
    private boolean remove(String id) {
        for (Map.Entry<YearMonth, List<SandboxReservation>> e : changed.entrySet()) {
            if (removeFrom(e.getKey(), e.getValue(), id)) {
                return true;
            }
        }
        Matcher m = GENERATED_ID.matcher(id);
        if (m.matches()) {
            int monthValue = Integer.parseInt(m.group(2));
            if (monthValue >= 1 && monthValue <= 12) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), monthValue);
                return !changed.containsKey(month) && removeFrom(month, generator.generate(month), id);
            }
        }
        return false;
    }

    private boolean removeFrom(YearMonth month, List<SandboxReservation> list, String id) {
        List<SandboxReservation> kept = list.stream().filter(r -> !r.id().equals(id)).toList();
        if (kept.size() == list.size()) {
            return false;
        }
        store(month, kept);
        return true;
    }

    private void store(YearMonth month, List<SandboxReservation> list) {
        changed.put(month, list.stream().sorted(ORDER).toList());
    }

    private static int nextNumber(List<SandboxReservation> month) {
        return month.stream()
                .map(SandboxReservation::id)
                .map(GENERATED_ID::matcher)
                .filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(3)))
                .max(Comparator.naturalOrder())
                .orElse(0) + 1;
    }
}
