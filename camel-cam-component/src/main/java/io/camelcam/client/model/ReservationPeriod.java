package io.camelcam.client.model;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * What {@code getConferenceRoomStatus} asks for: a whole month ({@code yyyyMM}) or one day
 * ({@code yyyyMMdd}). Exactly one of {@code month} and {@code day} is set.
 */
public record ReservationPeriod(YearMonth month, LocalDate day) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public ReservationPeriod {
        if ((month == null) == (day == null)) {
            throw new IllegalArgumentException("exactly one of month and day must be set");
        }
    }

    public static ReservationPeriod ofMonth(YearMonth month) {
        return new ReservationPeriod(Objects.requireNonNull(month, "month"), null);
    }

    public static ReservationPeriod ofDay(LocalDate day) {
        return new ReservationPeriod(null, Objects.requireNonNull(day, "day"));
    }

    /**
     * Parses {@code yyyyMM}, {@code yyyyMMdd}, {@code current} (this month) or {@code next}
     * (next month), "this" meaning the given clock's date.
     *
     * @throws IllegalArgumentException naming what is accepted, for anything else
     */
    public static ReservationPeriod parse(String text, Clock clock) {
        String value = text == null ? "" : text.trim();
        if (value.equalsIgnoreCase("current")) {
            return ofMonth(YearMonth.now(clock));
        }
        if (value.equalsIgnoreCase("next")) {
            return ofMonth(YearMonth.now(clock).plusMonths(1));
        }
        try {
            if (value.length() == 6 && value.chars().allMatch(Character::isDigit)) {
                return ofMonth(YearMonth.parse(value, MONTH));
            }
            if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
                return ofDay(LocalDate.parse(value, DAY));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid date (expected yyyyMM, yyyyMMdd, current or next)", e);
        }
        throw new IllegalArgumentException("'" + value + "' is not yyyyMM, yyyyMMdd, current or next");
    }

    /** The month this period lies in. */
    public YearMonth yearMonth() {
        return month != null ? month : YearMonth.from(day);
    }

    /** The value sent to CAM: {@code yyyyMM} or {@code yyyyMMdd}. */
    public String wireValue() {
        return month != null ? MONTH.format(month) : DAY.format(day);
    }

    @Override
    public String toString() {
        return wireValue();
    }
}
