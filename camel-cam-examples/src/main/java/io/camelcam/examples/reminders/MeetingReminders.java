package io.camelcam.examples.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.api.CamConstants;

/**
 * Which reservations need a reminder now. It keeps one entry per reservation that has not started
 * yet (at most {@link #MAX_UPCOMING}; beyond, new ones are skipped with a WARN), fed by the
 * reservation consumer: a cancelled one is removed, so its reminder is never sent; a moved one is
 * rescheduled (a reminder already sent for the old time does not count for the new one). Entries
 * are pruned once their reservation has started. Times are CAM's local times in {@code zone}; now
 * comes from the clock, so tests move time by hand.
 */
public final class MeetingReminders {

    static final int MAX_UPCOMING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingReminders.class);

    private final Clock clock;
    private final ZoneId zone;
    private final Duration lead;
    private final Map<String, Upcoming> upcoming = new HashMap<>();

    public MeetingReminders(Clock clock, ZoneId zone, Duration lead) {
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException(MeetingRemindersRoute.MINUTES_BEFORE + " must be at least 1, got "
                    + lead.toMinutes());
        }
        this.clock = clock;
        this.zone = zone;
        this.lead = lead;
    }

    public synchronized void apply(@Body RoomReservation reservation, @Header(CamConstants.CHANGE_TYPE) String change) {
        if ("DELETED".equals(change) || reservation.start() == null || !startOf(reservation).isAfter(clock.instant())) {
            upcoming.remove(reservation.id());
            return;
        }
        Upcoming before = upcoming.get(reservation.id());
        boolean sent = before != null && before.sent && before.reservation.start().equals(reservation.start());
        if (before == null && upcoming.size() >= MAX_UPCOMING) {
            LOG.warn("More than {} upcoming reservations: no reminder for {}", MAX_UPCOMING, reservation.id());
            return;
        }
        upcoming.put(reservation.id(), new Upcoming(reservation, sent));
    }

    /** The reservations whose reminder is due now, each returned once; started ones are pruned. */
    public synchronized List<RoomReservation> due() {
        Instant now = clock.instant();
        List<RoomReservation> due = new ArrayList<>();
        upcoming.values().removeIf(entry -> !startOf(entry.reservation).isAfter(now));
        for (Upcoming entry : upcoming.values()) {
            if (!entry.sent && !startOf(entry.reservation).minus(lead).isAfter(now)) {
                entry.sent = true;
                due.add(entry.reservation);
            }
        }
        due.sort((a, b) -> a.start().compareTo(b.start()));
        return due;
    }

    synchronized int size() {
        return upcoming.size();
    }

    private Instant startOf(RoomReservation reservation) {
        return reservation.start().atZone(zone).toInstant();
    }

    private static final class Upcoming {
        final RoomReservation reservation;
        boolean sent;

        Upcoming(RoomReservation reservation, boolean sent) {
            this.reservation = reservation;
            this.sent = sent;
        }
    }
}
