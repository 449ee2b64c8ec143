package io.camelcam.examples.reminders;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.camel.Exchange;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.api.CamConstants;

/**
 * The reminder for one reservation and whom it goes to: a direct message to the booker when
 * {@code meeting-reminders.bookers} knows the booker's address (a reservation names the booker by
 * CAM user id, and CAM's API has no lookup from id to address), else the room.
 */
public final class ReminderMessage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, String> bookers;
    private final String room;

    public ReminderMessage(Map<String, String> bookers, String room) {
        this.bookers = bookers;
        this.room = room;
    }

    public void prepare(Exchange exchange) {
        RoomReservation r = exchange.getMessage().getBody(RoomReservation.class);
        String address = r.userId() == null ? null : bookers.get(r.userId());
        if (address != null) {
            exchange.getMessage().setHeader(CamConstants.USERS, address);
        } else {
            exchange.getMessage().setHeader(CamConstants.ROOM, room);
        }
        exchange.getMessage().setBody("⏰ " + TIME.format(r.start()) + "-" + (r.end() == null ? "?" : TIME.format(r.end()))
                + " " + r.roomName() + ": «" + r.title() + "» starts soon");
    }
}
