package io.camelcam.client.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.model.RoomReservation;

/**
 * {@code getConferenceRoomStatus}: field {@code date} = {@code yyyyMM} or {@code yyyyMMdd} (wire
 * name assumed); the answer's {@code conferenceRoomStatus} array lists the reservations.
 */
public record GetConferenceRoomStatus(ReservationPeriod period) implements JsonCall<List<RoomReservation>> {

    public static final String OPERATION = "getConferenceRoomStatus";

    public GetConferenceRoomStatus {
        if (period == null) {
            throw new CamValidationException(OPERATION, "month", "is missing (yyyyMM, yyyyMMdd, current or next)");
        }
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public RequestBody body() {
        return RequestBody.Form.of(AssumedContract.RESERVATION_DATE_FIELD, period.wireValue());
    }

    @Override
    public List<RoomReservation> decode(JsonNode root) throws Exception {
        JsonNode list = root.get("conferenceRoomStatus");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("no 'conferenceRoomStatus' array in the answer");
        }
        return List.of(ModelJson.MAPPER.treeToValue(list, RoomReservation[].class));
    }
}
