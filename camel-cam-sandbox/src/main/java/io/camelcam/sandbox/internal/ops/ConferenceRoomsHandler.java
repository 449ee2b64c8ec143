package io.camelcam.sandbox.internal.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelcam.sandbox.internal.cam.CamCall;
import io.camelcam.sandbox.internal.cam.Json;
import io.camelcam.sandbox.internal.cam.JsonViews;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code getConferenceRooms} and {@code getConferenceMaster} (the manual uses both names): the
 * conference-room master list. It never changes, so the answer is rendered once.
 */
final class ConferenceRoomsHandler implements OperationHandler {

    private final String name;
    private final Reply reply;

    ConferenceRoomsHandler(String name, SandboxState state) {
        this.name = name;
        ObjectNode body = Json.object();
        ArrayNode rooms = body.putArray("conferenceRooms");
        state.conferenceRooms().forEach(room -> rooms.add(JsonViews.conferenceRoom(room)));
        this.reply = Json.ok(body);
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
    public Reply handle(CamCall call) {
        return reply;
    }
}
