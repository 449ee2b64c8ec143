package io.camelcam.sandbox.internal.inspect;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxQuickCall;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.JsonViews;
import io.camelcam.sandbox.internal.fault.FaultEngine;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code GET /_sandbox/api/watch}: everything the page shows, in one answer, so that one poll a second
 * keeps it current. Messages come incrementally ({@code after} = the last sequence number the page has,
 * {@code generation} = the message log's generation it has them from) and at most {@code perRoom} per
 * panel; the rest is small and comes whole: rooms, the newest quick calls and requests, the pending
 * faults, and the reservations of {@code days} days from {@code from}.
 */
final class WatchView {

    static final int MAX_PER_ROOM = 200;
    static final int DEFAULT_PER_ROOM = 50;
    static final int MAX_DAYS = 7;
    static final int QUICK_CALLS_SHOWN = 20;
    static final int REQUESTS_SHOWN = 30;
    /** The reservations' local times carry no offset; the seeded schedule is a Japanese office's. */
    static final ZoneOffset CALENDAR_ZONE = ZoneOffset.ofHours(9);

    private final SandboxState state;
    private final FaultEngine faults;

    WatchView(SandboxState state, FaultEngine faults) {
        this.state = state;
        this.faults = faults;
    }

    /** @throws IllegalArgumentException naming the query parameter that is wrong */
    ObjectNode render(Map<String, String> query) {
        long after = longParam(query, "after", 0, 0, Long.MAX_VALUE);
        int perRoom = (int) longParam(query, "perRoom", DEFAULT_PER_ROOM, 1, MAX_PER_ROOM);
        int days = (int) longParam(query, "days", MAX_DAYS, 1, MAX_DAYS);
        Instant now = state.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, CALENDAR_ZONE);
        LocalDate from = date(query.get("from"), today);

        long generation = state.messages().generation();
        String seen = query.get("generation");
        boolean stale = seen != null && !seen.equals(Long.toString(generation));
        ObjectNode body = JsonTrees.object()
                .put("now", now.toString())
                .put("nowMillis", now.toEpochMilli())
                .put("today", today.toString())
                .put("generation", generation)
                .put("reset", stale)
                .put("total", state.messages().total())
                .put("perRoom", perRoom);
        rooms(body.putArray("chatRooms"));
        messages(body.putArray("messages"), stale ? 0 : after, perRoom);
        ArrayNode conferenceRooms = body.putArray("conferenceRooms");
        state.conferenceRooms().all().forEach(r -> conferenceRooms.add(JsonViews.conferenceRoom(r)));
        reservations(body.put("from", from.toString()).put("days", days).putArray("reservations"), from, days);
        quickCalls(body.putArray("quickCalls"), now);
        ArrayNode requests = body.putArray("requests");
        newest(state.requests().all(), REQUESTS_SHOWN).forEach(r -> requests.add(JsonViews.request(r)));
        ArrayNode pending = body.putArray("faults");
        faults.pending().forEach(pending::add);
        return body;
    }

    private void rooms(ArrayNode out) {
        for (SandboxChatRoom room : state.chatRooms().all()) {
            out.add(JsonTrees.object().put("id", room.id()).put("name", room.name()).put("isPublic", room.isPublic())
                    .put("members", room.memberUids().size()));
        }
    }

    /** The messages after {@code after}, at most {@code perRoom} (the newest) per panel, in arrival order. */
    private void messages(ArrayNode out, long after, int perRoom) {
        List<ReceivedMessage> newer = state.messages().newerThan(after);
        Map<String, Integer> kept = new HashMap<>();
        List<ReceivedMessage> shown = new ArrayList<>();
        for (int i = newer.size() - 1; i >= 0; i--) {
            ReceivedMessage m = newer.get(i);
            if (kept.merge(m.panelName(), 1, Integer::sum) <= perRoom) {
                shown.add(m);
            }
        }
        for (int i = shown.size() - 1; i >= 0; i--) {
            ReceivedMessage m = shown.get(i);
            ObjectNode node = out.addObject()
                    .put("seq", m.seq())
                    .put("panelName", m.panelName())
                    .put("operation", m.operation())
                    .put("text", m.text())
                    .put("sealed", m.opened())
                    .put("receivedAt", m.receivedAt().toString());
            ArrayNode users = node.putArray("users");
            m.users().forEach(users::add);
        }
    }

    private void reservations(ArrayNode out, LocalDate from, int days) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = start.plusDays(days);
        // a reservation belongs to the month of its start: the month before `from` may hold one that runs into it
        Set<YearMonth> months = new LinkedHashSet<>();
        for (LocalDate d = from.minusDays(1); d.isBefore(from.plusDays(days)); d = d.plusDays(1)) {
            months.add(YearMonth.from(d));
        }
        for (YearMonth month : months) {
            for (SandboxReservation r : state.reservations().month(month)) {
                if (r.start().isBefore(end) && r.end().isAfter(start)) {
                    out.add(JsonViews.reservation(r));
                }
            }
        }
    }

    private void quickCalls(ArrayNode out, Instant now) {
        for (SandboxQuickCall q : newest(state.quickCalls().all(), QUICK_CALLS_SHOWN)) {
            out.add(JsonViews.quickCall(q).put("expired", q.expireTime() <= now.toEpochMilli()));
        }
    }

    private static <T> List<T> newest(List<T> items, int n) {
        return items.subList(Math.max(0, items.size() - n), items.size());
    }

    private static long longParam(Map<String, String> query, String name, long fallback, long min, long max) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("from must be a date like 2026-11-02, got '" + value + "'");
        }
    }
}
