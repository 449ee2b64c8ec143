package io.camelcam.sandbox.internal.cam;

import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.RecordedRequest;
import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxQuickCall;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.SandboxUser;

/**
 * The JSON shape of each sandbox record, written out field by field so the wire names are visible here
 * (and so a record accessor like {@code isPublic()} cannot be renamed by bean conventions).
 */
public final class JsonViews {

    /** ISO-8601 local date-time, always with seconds and never with an offset. */
    public static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private JsonViews() {
    }

    public static ObjectNode chatRoom(SandboxChatRoom room) {
        ObjectNode node = JsonTrees.object()
                .put("id", room.id())
                .put("name", room.name())
                .put("createUserId", room.createUserId())
                .put("adminUserId", room.adminUserId())
                .put("isPublic", room.isPublic());
        ObjectNode members = node.putObject("memberUids");
        room.memberUids().forEach(members::put);
        return node;
    }

    public static ObjectNode conferenceRoom(SandboxConferenceRoom room) {
        return JsonTrees.object()
                .put("id", room.id())
                .put("name", room.name())
                .put("capacity", room.capacity())
                .put("location", room.location());
    }

    public static ObjectNode reservation(SandboxReservation r) {
        return JsonTrees.object()
                .put("id", r.id())
                .put("roomId", r.roomId())
                .put("roomName", r.roomName())
                .put("title", r.title())
                .put("start", LOCAL_DATE_TIME.format(r.start()))
                .put("end", LOCAL_DATE_TIME.format(r.end()))
                .put("userId", r.userId())
                .put("updatedAt", r.updatedAt().toString());
    }

    public static ObjectNode user(SandboxUser u) {
        return JsonTrees.object()
                .put("id", u.id())
                .put("email", u.email())
                .put("name", u.name())
                .put("department", u.department())
                .put("position", u.position())
                .put("phone", u.phone())
                .put("role", u.role())
                .put("deleted", u.deleted());
    }

    public static ObjectNode message(ReceivedMessage m) {
        ObjectNode node = JsonTrees.object()
                .put("seq", m.seq())
                .put("operation", m.operation())
                .put("panelName", m.panelName())
                .put("text", m.text());
        ArrayNode users = node.putArray("users");
        m.users().forEach(users::add);
        return node.put("opened", m.opened()).put("receivedAt", m.receivedAt().toString());
    }

    public static ObjectNode request(RecordedRequest r) {
        ObjectNode node = JsonTrees.object()
                .put("seq", r.seq())
                .put("at", r.at().toString())
                .put("method", r.method())
                .put("operation", r.operation())
                .put("role", r.role())
                .put("httpStatus", r.httpStatus())
                .put("camStatus", r.camStatus());
        ArrayNode codes = node.putArray("errorCodes");
        r.errorCodes().forEach(codes::add);
        return node.put("fault", r.fault()).put("requestBytes", r.requestBytes());
    }

    /** Never a password: the record has none to give. */
    public static ObjectNode quickCall(SandboxQuickCall q) {
        return JsonTrees.object()
                .put("id", q.id())
                .put("url", q.url())
                .put("expireTime", q.expireTime())
                .put("passwordSet", q.passwordSet())
                .put("createdAt", q.createdAt().toString());
    }
}
