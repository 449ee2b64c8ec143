package io.camelcam.component.binding;

import java.util.List;

import org.apache.camel.Exchange;

import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.GetConferenceRooms;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * getConferenceMaster and getConferenceRooms (its older name). In: nothing. Out: body a List of
 * ConferenceRoom; header {@code CamelCamResultCount}.
 */
public final class GetConferenceRoomsBinding implements OperationBinding<List<ConferenceRoom>> {

    private final String operation;

    public GetConferenceRoomsBinding(String operation) {
        this.operation = operation;
    }

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        // no options of its own
    }

    @Override
    public CamCall<List<ConferenceRoom>> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        return new GetConferenceRooms(operation);
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<List<ConferenceRoom>> call,
            List<ConferenceRoom> result) {
        exchange.getMessage().setBody(result);
        exchange.getMessage().setHeader(CamConstants.RESULT_COUNT, result.size());
    }
}
