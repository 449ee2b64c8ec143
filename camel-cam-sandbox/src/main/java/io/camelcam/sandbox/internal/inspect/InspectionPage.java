package io.camelcam.sandbox.internal.inspect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.internal.state.ChatRoomStore;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * The read-only {@code /_sandbox/} page: the chat rooms and the latest messages per panel, refreshed
 * every 2 seconds by a meta refresh (no script). Every piece of text is escaped: it is client input.
 */
final class InspectionPage {

    static final int MESSAGES_PER_PANEL = 200;

    private InspectionPage() {
    }

    static String render(SandboxState state) {
        List<SandboxChatRoom> rooms = state.chatRooms().all();
        Map<String, Deque<ReceivedMessage>> byPanel = latestByPanel(state.messages().all(), rooms);
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"2\">")
                .append("<title>CAM sandbox</title><style>body{font-family:sans-serif;margin:1em 2em}")
                .append("table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ccc;")
                .append("padding:2px 6px;text-align:left;vertical-align:top}td.text{white-space:pre-wrap}</style>")
                .append("</head><body><h1>CAM sandbox</h1><p>")
                .append(state.messages().total()).append(" messages received since the last reset; ")
                .append(state.users().size()).append(" users. JSON: <a href=\"api/messages\">messages</a>, ")
                .append("<a href=\"api/rooms\">rooms</a>, <a href=\"api/requests\">requests</a>, ")
                .append("<a href=\"faults\">faults</a>.</p>");
        html.append("<h2>Chat rooms</h2><table><tr><th>id</th><th>name</th><th>public</th><th>members</th></tr>");
        for (SandboxChatRoom room : rooms) {
            html.append("<tr><td>").append(Html.escape(room.id())).append("</td><td>").append(Html.escape(room.name()))
                    .append("</td><td>").append(room.isPublic()).append("</td><td>").append(room.memberUids().size())
                    .append("</td></tr>");
        }
        html.append("</table>");
        byPanel.forEach((panel, messages) -> panel(html, panel, messages));
        return html.append("</body></html>").toString();
    }

    private static void panel(StringBuilder html, String panel, Deque<ReceivedMessage> messages) {
        String title = ChatRoomStore.MESSENGER.equals(panel) ? "Direct messages (messenger)" : "Room " + panel;
        html.append("<h2>").append(Html.escape(title)).append("</h2>");
        if (messages.isEmpty()) {
            html.append("<p>No messages.</p>");
            return;
        }
        html.append("<table><tr><th>#</th><th>received</th><th>users</th><th>sealed</th><th>text</th></tr>");
        messages.descendingIterator().forEachRemaining(m -> html.append("<tr><td>").append(m.seq())
                .append("</td><td>").append(m.receivedAt()).append("</td><td>")
                .append(Html.escape(String.join(", ", m.users()))).append("</td><td>").append(m.opened() ? "yes" : "")
                .append("</td><td class=\"text\">").append(Html.escape(m.text())).append("</td></tr>"));
        html.append("</table>");
    }

    /** The last {@link #MESSAGES_PER_PANEL} messages of messenger and of every room (rooms in order, then others). */
    private static Map<String, Deque<ReceivedMessage>> latestByPanel(List<ReceivedMessage> all, List<SandboxChatRoom> rooms) {
        Map<String, Deque<ReceivedMessage>> byPanel = new LinkedHashMap<>();
        byPanel.put(ChatRoomStore.MESSENGER, new ArrayDeque<>());
        rooms.forEach(room -> byPanel.put(room.name(), new ArrayDeque<>()));
        for (ReceivedMessage m : all) {
            Deque<ReceivedMessage> latest = byPanel.computeIfAbsent(m.panelName(), p -> new ArrayDeque<>());
            latest.addLast(m);
            if (latest.size() > MESSAGES_PER_PANEL) {
                latest.removeFirst();
            }
        }
        return byPanel;
    }
}
