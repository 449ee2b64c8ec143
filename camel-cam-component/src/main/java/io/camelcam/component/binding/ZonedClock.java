package io.camelcam.component.binding;

import java.time.Clock;
import java.time.ZoneId;

/** The clock "now" is read from (the clock option, for tests) and the zone it is read in (the timeZone option). */
public record ZonedClock(Clock clock, ZoneId zone) {

    /** The clock, in the configured zone, so "this month" is the month there. */
    public Clock inZone() {
        return clock.withZone(zone);
    }
}
