package io.camelcam.examples.calendar;

import java.time.Clock;
import java.time.ZoneId;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.camelcam.examples.schedule.ScheduleSyncRoute;

/**
 * Room reservations as calendars a calendar program subscribes to: {@code GET /calendar/rooms.ics}
 * (every room) and {@code GET /calendar/rooms/<roomId>.ics} (one room), served by the application's
 * HTTP server (platform-http, which the meetings example already runs: no other server). The
 * reservation consumer emits every reservation of this month and next at start
 * ({@code emitExisting=true}) and every change after; {@link RoomCalendar} keeps them.
 */
public class CalendarFeedRoute extends RouteBuilder {

    @Override
    public void configure() {
        Clock bound = getCamelContext().getRegistry().lookupByNameAndType(ScheduleSyncRoute.CLOCK_BEAN, Clock.class);
        Clock clock = bound != null ? bound : Clock.systemUTC();
        ZoneId zone = ZoneId.of(getCamelContext().resolvePropertyPlaceholders("{{calendar-feed.time-zone}}"));
        RoomCalendar calendar = new RoomCalendar();
        ICalendarWriter writer = new ICalendarWriter(zone, "camel-cam");

        // tag::route[]
        from("cam:getConferenceRoomStatus?month=current&months=2&timeZone={{calendar-feed.time-zone}}"
                + "&emitExisting=true&delay={{calendar-feed.delay}}"
                + (bound != null ? "&clock=#" + ScheduleSyncRoute.CLOCK_BEAN : ""))
                .routeId("calendar-feed")
                .autoStartup("{{calendar-feed.enabled}}")
                .bean(calendar, "apply");

        from("platform-http:/calendar/rooms.ics?httpMethodRestrict=GET")
                .routeId("calendar-feed-all")
                .autoStartup("{{calendar-feed.enabled}}")
                .setBody(exchange -> writer.write("Conference rooms", calendar.all(), clock.instant()))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/calendar; charset=utf-8"));

        from("platform-http:/calendar/rooms/{file}?httpMethodRestrict=GET")
                .routeId("calendar-feed-room")
                .autoStartup("{{calendar-feed.enabled}}")
                .choice()
                    .when(header("file").endsWith(".ics"))
                        .setBody(exchange -> {
                            String file = exchange.getMessage().getHeader("file", String.class);
                            String roomId = file.substring(0, file.length() - ".ics".length());
                            return writer.write("Conference room " + roomId, calendar.room(roomId), clock.instant());
                        })
                        .setHeader(Exchange.CONTENT_TYPE, constant("text/calendar; charset=utf-8"))
                    .otherwise()
                        .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(404))
                        .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=utf-8"))
                        .setBody(constant("Calendars are at /calendar/rooms/<roomId>.ics"))
                .end();
        // end::route[]
    }
}
