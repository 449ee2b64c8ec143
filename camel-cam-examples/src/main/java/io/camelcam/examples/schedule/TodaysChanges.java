package io.camelcam.examples.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.camel.Body;
import org.apache.camel.Header;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.api.CamConstants;

/**
 * Which changes people in the office must hear about now (those touching today's schedule, in the
 * office's time zone) and how to say it in one line.
 */
public final class TodaysChanges {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final ZoneId zone;

    public TodaysChanges(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** A change concerns today when the reservation is today, or was until this change moved it. */
    public boolean concernsToday(@Body RoomReservation now, @Header(CamConstants.PREVIOUS) RoomReservation before) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return isOn(now, today) || (before != null && isOn(before, today));
    }

    private static boolean isOn(RoomReservation r, LocalDate day) {
        return r.start() != null && r.start().toLocalDate().equals(day);
    }

    /** e.g. "Today 14:00-15:00 会議室A: «Design review» moved from 10:00-11:00". */
    public String announcement(@Body RoomReservation now, @Header(CamConstants.CHANGE_TYPE) String change,
            @Header(CamConstants.PREVIOUS) RoomReservation before) {
        String what = "Today " + span(now) + " " + now.roomName() + ": «" + now.title() + "» ";
        return switch (change) {
            case "CREATED" -> what + "was booked";
            case "DELETED" -> what + "was cancelled";
            default -> what + describeUpdate(now, before);
        };
    }

    private static String describeUpdate(RoomReservation now, RoomReservation before) {
        if (before == null) {
            return "was changed";
        }
        if (!same(now.start(), before.start()) || !same(now.end(), before.end())) {
            boolean sameDay = before.start() != null && now.start() != null
                    && before.start().toLocalDate().equals(now.start().toLocalDate());
            return "moved from " + (sameDay ? span(before) : before.start().toLocalDate() + " " + span(before));
        }
        if (!same(now.roomName(), before.roomName())) {
            return "moved from " + before.roomName();
        }
        if (!same(now.title(), before.title())) {
            return "was renamed from «" + before.title() + "»";
        }
        return "was changed";
    }

    private static String span(RoomReservation r) {
        return time(r.start()) + "-" + time(r.end());
    }

    private static String time(LocalDateTime t) {
        return t == null ? "?" : TIME.format(t);
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
