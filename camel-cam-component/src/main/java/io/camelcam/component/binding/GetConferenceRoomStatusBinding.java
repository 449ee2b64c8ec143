package io.camelcam.component.binding;

import java.util.List;

import org.apache.camel.Exchange;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.GetConferenceRoomStatus;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * getConferenceRoomStatus. In: header {@code CamelCamMonth}, else option month: yyyyMM, yyyyMMdd,
 * current or next (in timeZone). Out: body a List of RoomReservation; headers
 * {@code CamelCamMonth} (the yyyyMM/yyyyMMdd asked for) and {@code CamelCamResultCount}.
 */
public final class GetConferenceRoomStatusBinding implements OperationBinding<List<RoomReservation>> {

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        period(options.getMonth(), "option month", time);
    }

    /** Parses a month spec, naming where it came from when it is wrong. */
    public static ReservationPeriod period(String spec, String where, ZonedClock time) {
        try {
            return ReservationPeriod.parse(spec, time.inZone());
        } catch (IllegalArgumentException e) {
            throw new CamValidationException(GetConferenceRoomStatus.OPERATION, where, e.getMessage());
        }
    }

    @Override
    public CamCall<List<RoomReservation>> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        Object header = exchange.getMessage().getHeader(CamConstants.MONTH);
        ReservationPeriod period = header != null
                ? period(header.toString(), "header " + CamConstants.MONTH, time)
                : period(options.getMonth(), "option month", time);
        return new GetConferenceRoomStatus(period);
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<List<RoomReservation>> call,
            List<RoomReservation> result) {
        exchange.getMessage().setBody(result);
        exchange.getMessage().setHeader(CamConstants.MONTH, ((GetConferenceRoomStatus) call).period().wireValue());
        exchange.getMessage().setHeader(CamConstants.RESULT_COUNT, result.size());
    }
}
