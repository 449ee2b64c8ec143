package io.camelcam.component.binding;

import java.time.Clock;
import java.time.ZoneId;

/** What a binding needs besides the exchange: the clock and zone "now" is read in. */
public record BindingContext(Clock clock, ZoneId zone) {

    /** The clock, in the configured zone, so "this month" is the month there. */
    public Clock zonedClock() {
        return clock.withZone(zone);
    }
}
