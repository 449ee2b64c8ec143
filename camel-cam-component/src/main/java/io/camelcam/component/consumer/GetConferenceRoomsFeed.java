package io.camelcam.component.consumer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Message;

import io.camelcam.client.CamClient;
import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.client.operation.GetConferenceRooms;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;
import io.camelcam.component.binding.ZonedClock;

/**
 * getConferenceMaster / getConferenceRooms as a consumer: the master list, watched as one period.
 * Both names list the same rooms, so they share a default state key.
 */
public final class GetConferenceRoomsFeed implements ChangeFeed<ConferenceRoom> {

    /** The one period of the master list, as it appears in a stored baseline. */
    static final String MASTER_LIST = "master";

    private static final Comparator<ConferenceRoom> BY_ID =
            Comparator.comparing(ConferenceRoom::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final String operation;

    /** @param operation {@link GetConferenceRooms#MASTER} or {@link GetConferenceRooms#LEGACY} */
    public GetConferenceRoomsFeed(String operation) {
        this.operation = operation;
    }

    @Override
    public Class<ConferenceRoom> type() {
        return ConferenceRoom.class;
    }

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        // the master list takes no arguments
    }

    @Override
    public String defaultStateKey(CamConfiguration options) {
        return GetConferenceRooms.MASTER;
    }

    @Override
    public CompletableFuture<Map<String, List<ConferenceRoom>>> fetch(CamClient client, CamConfiguration options,
            ZonedClock time) {
        return client.execute(new GetConferenceRooms(operation)).thenApply(rooms -> {
            Map<String, List<ConferenceRoom>> fetched = new LinkedHashMap<>();
            fetched.put(MASTER_LIST, rooms);
            return fetched;
        });
    }

    @Override
    public String id(ConferenceRoom entry) {
        return entry.id();
    }

    @Override
    public Comparator<ConferenceRoom> order() {
        return BY_ID;
    }

    @Override
    public void describe(Message message, ConferenceRoom entry) {
        message.setHeader(CamConstants.CONFERENCE_ROOM_ID, entry.id());
    }
}
