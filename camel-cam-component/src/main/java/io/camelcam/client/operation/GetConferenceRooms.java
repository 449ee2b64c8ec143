package io.camelcam.client.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.ConferenceRoom;

/**
 * {@code getConferenceMaster} and its older name {@code getConferenceRooms}: no arguments; the
 * answer's {@code conferenceRooms} array is the master list.
 */
public record GetConferenceRooms(String operation) implements JsonCall<List<ConferenceRoom>> {

    public static final String MASTER = "getConferenceMaster";
    public static final String LEGACY = "getConferenceRooms";

    public GetConferenceRooms {
        if (!MASTER.equals(operation) && !LEGACY.equals(operation)) {
            throw new IllegalArgumentException("not a conference-room list operation: " + operation);
        }
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public RequestBody body() {
        return RequestBody.Form.empty();
    }

    @Override
    public List<ConferenceRoom> decode(JsonNode root) throws Exception {
        JsonNode rooms = root.get("conferenceRooms");
        if (rooms == null || !rooms.isArray()) {
            throw new IllegalArgumentException("no 'conferenceRooms' array in the answer");
        }
        return List.of(ModelJson.MAPPER.treeToValue(rooms, ConferenceRoom[].class));
    }
}
