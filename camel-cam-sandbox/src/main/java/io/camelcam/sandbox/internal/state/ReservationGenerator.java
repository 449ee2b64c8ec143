package io.camelcam.sandbox.internal.state;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxReservation;

/**
 * Invents a month of reservations, the same every time for the same month: on each weekday, each room
 * gets 0 to 3 non-overlapping bookings of one or two hours between 09:00 and 18:00. Because the output
 * depends only on the month, untouched months need not be stored.
 */
final class ReservationGenerator {

    private static final int FIRST_HOUR = 9;
    private static final int LAST_HOUR = 18;
    private static final List<String> TITLES = List.of(
            "定例会議", "1on1", "Design review", "顧客打合せ", "Sprint planning", "採用面接", "Incident review", "勉強会");

    private final List<SandboxConferenceRoom> rooms;
    private final List<String> userIds;

    ReservationGenerator(List<SandboxConferenceRoom> rooms, List<String> userIds) {
        this.rooms = List.copyOf(rooms);
        this.userIds = List.copyOf(userIds);
    }

    /** Sorted by start then room; ids {@code R<yyyyMM>-0001}, ... in that order. */
    List<SandboxReservation> generate(YearMonth month) {
        // java.util.Random's algorithm is specified, so the seed fixes the output on every JVM
        Random random = new Random(month.getYear() * 100L + month.getMonthValue());
        List<SandboxReservation> drafts = new ArrayList<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (SandboxConferenceRoom room : rooms) {
                bookDay(random, date, room, drafts);
            }
        }
        drafts.sort(Comparator.comparing(SandboxReservation::start).thenComparing(SandboxReservation::roomId));
        Instant updatedAt = updatedAt(month);
        List<SandboxReservation> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            SandboxReservation d = drafts.get(i);
            out.add(new SandboxReservation(idFor(month, i + 1), d.roomId(), d.roomName(), d.title(), d.start(),
                    d.end(), d.userId(), updatedAt));
        }
        return out;
    }

    static String idFor(YearMonth month, int number) {
        return String.format("R%04d%02d-%04d", month.getYear(), month.getMonthValue(), number);
    }

    /** Midnight of the month's first day in Japan (UTC+9), i.e. 15:00Z of the day before. */
    static Instant updatedAt(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.ofHours(9));
    }

    private void bookDay(Random random, LocalDate date, SandboxConferenceRoom room, List<SandboxReservation> out) {
        boolean[] taken = new boolean[LAST_HOUR - FIRST_HOUR];
        int bookings = random.nextInt(4);
        for (int i = 0; i < bookings; i++) {
            int startHour = FIRST_HOUR + random.nextInt(LAST_HOUR - FIRST_HOUR);
            int hours = Math.min(1 + random.nextInt(2), LAST_HOUR - startHour);
            String title = TITLES.get(random.nextInt(TITLES.size()));
            String userId = userIds.get(random.nextInt(userIds.size()));
            if (isFree(taken, startHour, hours)) {
                for (int h = startHour; h < startHour + hours; h++) {
                    taken[h - FIRST_HOUR] = true;
                }
                LocalDateTime start = date.atTime(startHour, 0);
                out.add(new SandboxReservation(null, room.id(), room.name(), title, start, start.plusHours(hours),
                        userId, null));
            }
        }
    }

    private static boolean isFree(boolean[] taken, int startHour, int hours) {
        for (int h = startHour; h < startHour + hours; h++) {
            if (taken[h - FIRST_HOUR]) {
                return false;
            }
        }
        return true;
    }
}
