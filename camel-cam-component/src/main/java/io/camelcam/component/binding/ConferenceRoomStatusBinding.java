package io.camelcam.component.binding;

import java.util.List;

import org.apache.camel.Exchange;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.GetConferenceRoomStatus;
import io.camelcam.component.CamConfiguration;
import io.camelcam.component.CamConstants;

/**
 * getConferenceRoomStatus. In: header {@code CamelCamMonth}, else option month: yyyyMM, yyyyMMdd,
 * current or next (in timeZone). Out: body a List of RoomReservation; headers
 * {@code CamelCamMonth} (the yyyyMM/yyyyMMdd asked for) and {@code CamelCamResultCount}.
 */
public final class ConferenceRoomStatusBinding implements OperationBinding<List<RoomReservation>> {

    @Override
    public void checkOptions(CamConfiguration options, BindingContext context) {
        period(options.getMonth(), "option month", context);
    }

    /** Parses a month spec, naming where it came from when it is wrong. */
    public static ReservationPeriod period(String spec, String where, BindingContext context) {
        try {
            return ReservationPeriod.parse(spec, context.zonedClock());
        } catch (IllegalArgumentException e) {
            throw new CamValidationException(GetConferenceRoomStatus.OPERATION, where, e.getMessage());
        }
    }

    @Override
    public CamCall<List<RoomReservation>> prepare(Exchange exchange, CamConfiguration options, BindingContext context) {
        Object header = exchange.getMessage().getHeader(CamConstants.MONTH);
        ReservationPeriod period = header != null
                ? period(header.toString(), "header " + CamConstants.MONTH, context)
                : period(options.getMonth(), "option month", context);
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
