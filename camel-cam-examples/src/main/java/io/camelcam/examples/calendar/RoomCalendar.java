package io.camelcam.examples.calendar;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Body;
import org.apache.camel.Header;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.api.CamConstants;

/**
 * The reservations the calendar feed serves, kept up to date by the reservation consumer's changes:
 * CREATED and UPDATED replace the entry of that id, DELETED removes it. Bounded by what the consumer
 * watches (this month and next): a reservation leaving the window arrives as DELETED.
 */
public final class RoomCalendar {

    private final Map<String, RoomReservation> byId = new ConcurrentHashMap<>();

    public void apply(@Body RoomReservation reservation, @Header(CamConstants.CHANGE_TYPE) String change) {
        if ("DELETED".equals(change)) {
            byId.remove(reservation.id());
        } else {
            byId.put(reservation.id(), reservation);
        }
    }

    /** All reservations, by start time. */
    public List<RoomReservation> all() {
        return byId.values().stream().sorted(BY_START).toList();
    }

    /** The reservations of one conference room, by start time. */
    public List<RoomReservation> room(String roomId) {
        return byId.values().stream().filter(r -> roomId.equals(r.roomId())).sorted(BY_START).toList();
    }

    private static final Comparator<RoomReservation> BY_START = Comparator
            .comparing(RoomReservation::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RoomReservation::id);
}
