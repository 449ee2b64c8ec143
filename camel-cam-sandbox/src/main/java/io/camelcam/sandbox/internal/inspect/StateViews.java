package io.camelcam.sandbox.internal.inspect;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.JsonViews;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * The read-only JSON views of the state under {@code /_sandbox/api/<name>}: messages (optionally of one
 * room), rooms, users, requests, conference rooms, a month's reservations and quick calls, each with
 * {@code ?limit=N}.
 */
final class StateViews {

    static final String PREFIX = "/_sandbox/api/";

    private static final Set<String> NAMES = Set.of("messages", "rooms", "users", "requests", "conference-rooms",
            "reservations", "quick-calls");
    private static final Pattern MONTH = Pattern.compile("\\d{6}");

    private final SandboxState state;

    StateViews(SandboxState state) {
        this.state = state;
    }

    /** Whether {@code /_sandbox/api/<name>} is a view. */
    static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /**
     * The body of view {@code name} ({@link #exists} must hold).
     *
     * @throws IllegalArgumentException naming the query parameter that is wrong
     */
    ObjectNode render(String name, Map<String, String> query) {
        return switch (name) {
            case "messages" -> {
                String room = query.get("room");
                ObjectNode body = JsonTrees.object().put("total", state.messages().total());
                yield list(body, "messages", room == null ? state.messages().all() : state.messagesIn(room),
                        JsonViews::message, query, true);
            }
            case "rooms" -> list(JsonTrees.object(), "chatRooms", state.chatRooms().all(), JsonViews::chatRoom, query, false);
            case "users" -> list(JsonTrees.object(), "users", state.users().all(), JsonViews::user, query, false);
            case "requests" -> list(JsonTrees.object(), "requests", state.requests().all(), JsonViews::request, query, true);
            case "conference-rooms" -> list(JsonTrees.object(), "conferenceRooms", state.conferenceRooms().all(),
                    JsonViews::conferenceRoom, query, false);
            case "reservations" -> list(JsonTrees.object(), "reservations",
                    state.reservations().month(month(query.get("month"))), JsonViews::reservation, query, false);
            case "quick-calls" -> list(JsonTrees.object(), "quickCalls", state.quickCalls().all(), JsonViews::quickCall,
                    query, false);
            default -> throw new IllegalArgumentException("no view named " + name);
        };
    }

    /**
     * Puts the items under {@code name}; {@code ?limit=N} keeps the last N of a log ({@code newestMatter})
     * or the first N of a list.
     */
    private static <T> ObjectNode list(ObjectNode body, String name, List<T> items, Function<T, ObjectNode> view,
                                       Map<String, String> query, boolean newestMatter) {
        List<T> shown = items;
        String limit = query.get("limit");
        if (limit != null) {
            int n;
            try {
                n = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit must be a whole number");
            }
            if (n < 0) {
                throw new IllegalArgumentException("limit must not be negative");
            }
            n = Math.min(n, items.size());
            shown = newestMatter ? items.subList(items.size() - n, items.size()) : items.subList(0, n);
        }
        ArrayNode array = body.putArray(name);
        shown.forEach(item -> array.add(view.apply(item)));
        return body;
    }

    private static YearMonth month(String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw new IllegalArgumentException("month must be yyyyMM");
        }
        try {
            return YearMonth.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("month must be a real month: " + value);
        }
    }
}
