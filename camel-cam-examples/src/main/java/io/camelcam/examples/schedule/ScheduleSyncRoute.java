package io.camelcam.examples.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.apache.camel.builder.RouteBuilder;

/**
 * Schedule sync, the manual's fourth use case: every reservation created, changed or cancelled in
 * CAM (this month and next) is appended to a CSV feed another system reads, and the changes that
 * touch today's schedule are announced in a room. The consumer keeps what it has seen in a state
 * file, so a restart neither repeats nor misses a change.
 */
public class ScheduleSyncRoute extends RouteBuilder {

    /** A clock bound under this name replaces the system clock for "today" and "this month" (tests bind a fixed one). */
    public static final String CLOCK_BEAN = "scheduleClock";

    @Override
    public void configure() {
        Clock bound = getCamelContext().getRegistry().lookupByNameAndType(CLOCK_BEAN, Clock.class);
        Clock clock = bound != null ? bound : Clock.systemUTC();
        ZoneId zone = ZoneId.of(getCamelContext().resolvePropertyPlaceholders("{{schedule-sync.time-zone}}"));
        ScheduleFeed feed = new ScheduleFeed(
                Path.of(getCamelContext().resolvePropertyPlaceholders("{{schedule-sync.feed-file}}")), clock);
        TodaysChanges today = new TodaysChanges(clock, zone);

        // tag::route[]
        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone={{schedule-sync.time-zone}}"
                + (bound != null ? "&clock=#" + CLOCK_BEAN : "")
                + "&delay={{schedule-sync.delay}}&stateFile={{schedule-sync.state-file}}")
                .routeId("schedule-sync")
                .autoStartup("{{schedule-sync.enabled}}")
                .bean(feed, "append")
                .filter(method(today, "concernsToday"))
                    .setBody(method(today, "announcement"))
                    .to("cam:sendMessage?room={{schedule-sync.room}}")
                .end();
        // end::route[]
    }
}
