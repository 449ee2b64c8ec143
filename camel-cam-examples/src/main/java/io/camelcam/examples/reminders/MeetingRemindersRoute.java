package io.camelcam.examples.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

import io.camelcam.examples.schedule.ScheduleSyncRoute;

/**
 * Meeting reminders: {@code meeting-reminders.minutes-before} minutes before a reservation starts,
 * its booker (direct message) or the room {@code meeting-reminders.room} is reminded. The
 * reservation consumer keeps {@link MeetingReminders} up to date; a timer asks it what is due.
 */
public class MeetingRemindersRoute extends RouteBuilder {

    static final String MINUTES_BEFORE = "meeting-reminders.minutes-before";
    static final String BOOKERS = "meeting-reminders.bookers";

    @Override
    public void configure() {
        Clock bound = getCamelContext().getRegistry().lookupByNameAndType(ScheduleSyncRoute.CLOCK_BEAN, Clock.class);
        Clock clock = bound != null ? bound : Clock.systemUTC();
        ZoneId zone = ZoneId.of(getCamelContext().resolvePropertyPlaceholders("{{meeting-reminders.time-zone}}"));
        MeetingReminders reminders = new MeetingReminders(clock, zone, Duration.ofMinutes(
                Long.parseLong(getCamelContext().resolvePropertyPlaceholders("{{" + MINUTES_BEFORE + "}}").strip())));
        ReminderMessage message = new ReminderMessage(
                bookers(getCamelContext().resolvePropertyPlaceholders("{{" + BOOKERS + "}}")),
                getCamelContext().resolvePropertyPlaceholders("{{meeting-reminders.room}}"));

        // tag::route[]
        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone={{meeting-reminders.time-zone}}"
                + "&emitExisting=true&delay={{meeting-reminders.poll-delay}}"
                + (bound != null ? "&clock=#" + ScheduleSyncRoute.CLOCK_BEAN : ""))
                .routeId("meeting-reminders-changes")
                .autoStartup("{{meeting-reminders.enabled}}")
                .bean(reminders, "apply");

        from("timer:meeting-reminders?period={{meeting-reminders.check-every}}")
                .routeId("meeting-reminders")
                .autoStartup("{{meeting-reminders.enabled}}")
                .setBody(exchange -> reminders.due())
                .split(body())
                    .process(message::prepare)
                    .to("cam:sendMessage?retryOn=429,503,connect")
                .end();
        // end::route[]
    }

    /** {@code userId=address, userId=address}: the bookers who get their reminders as direct messages. */
    static Map<String, String> bookers(String mapping) {
        Map<String, String> bookers = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return bookers;
        }
        for (String entry : mapping.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || !entry.substring(equals + 1).contains("@")) {
                throw new IllegalArgumentException(BOOKERS + ": '" + entry.strip() + "' is not userId=address");
            }
            bookers.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        return bookers;
    }
}
