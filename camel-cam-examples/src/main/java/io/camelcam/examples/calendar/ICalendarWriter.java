package io.camelcam.examples.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

import io.camelcam.client.model.RoomReservation;

/**
 * Writes reservations as an iCalendar (RFC 5545) feed, by hand: the format needs only line folding,
 * text escaping and a VTIMEZONE, and the feed needs no library at run time (ical4j, which the tests
 * read the feed with, brings Groovy and four more jars). Each event's UID is the reservation id, so a
 * calendar program replaces an event when it changes; a cancelled reservation is simply absent.
 * Times are local to CAM's time zone, written with TZID and that zone's VTIMEZONE, whose observances
 * are the offsets and transitions java.time knows for the span of the events.
 */
public final class ICalendarWriter {

    static final String PRODUCT = "-//camel-cam//room reservations//EN";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ZoneId zone;
    private final String uidDomain;

    public ICalendarWriter(ZoneId zone, String uidDomain) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.uidDomain = uidDomain;
    }

    public String write(String name, List<RoomReservation> reservations, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODUCT);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        timeZone(out, reservations, now);
        for (RoomReservation r : reservations) {
            if (r.start() == null || r.end() == null) {
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(r.id()) + "@" + uidDomain);
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(r.start()));
            line(out, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(r.end()));
            line(out, "SUMMARY:" + text(r.title() == null ? "(no title)" : r.title()));
            if (r.roomName() != null) {
                line(out, "LOCATION:" + text(r.roomName()));
            }
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The zone's offset before the first event, and every transition up to the last one. */
    private void timeZone(StringBuilder out, List<RoomReservation> reservations, Instant now) {
        ZoneRules rules = zone.getRules();
        LocalDateTime first = reservations.stream().map(RoomReservation::start).filter(Objects::nonNull)
                .min(LocalDateTime::compareTo).orElse(LocalDateTime.ofInstant(now, zone));
        LocalDateTime last = reservations.stream().map(RoomReservation::end).filter(Objects::nonNull)
                .max(LocalDateTime::compareTo).orElse(first);
        Instant from = first.minusDays(1).atZone(zone).toInstant();
        Instant to = last.plusDays(1).atZone(zone).toInstant();
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        ZoneOffset offset = rules.getOffset(from);
        observance(out, rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, offset), offset, offset);
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            observance(out, rules.isDaylightSavings(next.getInstant()), next.getDateTimeBefore(), next.getOffsetBefore(),
                    next.getOffsetAfter());
            next = rules.nextTransition(next.getInstant());
        }
        line(out, "END:VTIMEZONE");
    }

    private static void observance(StringBuilder out, boolean daylight, LocalDateTime onset, ZoneOffset before,
            ZoneOffset after) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        line(out, "BEGIN:" + kind);
        line(out, "DTSTART:" + LOCAL.format(onset));
        line(out, "TZOFFSETFROM:" + offset(before));
        line(out, "TZOFFSETTO:" + offset(after));
        line(out, "END:" + kind);
    }

    /** +0900, -0330: RFC 5545's UTC-OFFSET (seconds only when there are any). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format("%02d", abs % 60);
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * One content line, folded so that no line is longer than 75 octets of UTF-8 (a continuation
     * line starts with a space), never inside a character, and ended by CRLF.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
