package io.camelcam.sandbox.internal.ops;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.JsonViews;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code getConferenceRooms} and {@code getConferenceMaster} (the manual uses both names): the
 * conference-room master list. It is read far more often than a test changes it, so the answer is
 * rendered once per version of the list (the store replaces the list whole on every change).
 */
final class GetConferenceRoomsHandler implements OperationHandler {

    private record Rendered(List<SandboxConferenceRoom> rooms, Reply reply) {
    }

    private final String name;
    private final SandboxState state;
    private volatile Rendered rendered;

    GetConferenceRoomsHandler(String name, SandboxState state) {
        this.name = name;
        this.state = state;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean acceptsGet() {
        return true;
    }

    @Override
    public Reply handle(OperationRequest request) {
        List<SandboxConferenceRoom> rooms = state.conferenceRooms().all();
        Rendered current = rendered;
        if (current == null || current.rooms() != rooms) {
            current = new Rendered(rooms, render(rooms));
            rendered = current;
        }
        return current.reply();
    }

    private static Reply render(List<SandboxConferenceRoom> rooms) {
        ObjectNode body = JsonTrees.object();
        ArrayNode list = body.putArray("conferenceRooms");
        rooms.forEach(room -> list.add(JsonViews.conferenceRoom(room)));
        return JsonReplies.ok(body);
    }
}
