package io.camelcam.sandbox.internal.ops;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.JsonViews;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code getConferenceRoomStatus}: field {@code date} is {@code yyyyMM} (the month) or {@code yyyyMMdd}
 * (the reservations overlapping that day); the manual's table says the one and its sample passes the other.
 */
final class GetConferenceRoomStatusHandler implements OperationHandler {

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{8}");

    private final SandboxState state;

    GetConferenceRoomStatusHandler(SandboxState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return "getConferenceRoomStatus";
    }

    @Override
    public boolean acceptsGet() {
        return true;
    }

    @Override
    public Reply handle(OperationRequest request) {
        String date = request.param("date");
        if (date == null || date.isBlank()) {
            throw RequestRefusedException.invalid("date", "missing");
        }
        if (!DIGITS.matcher(date).matches()) {
            throw RequestRefusedException.invalid("date", "expected yyyyMM or yyyyMMdd, got " + ClientInput.quote(date));
        }
        int year = Integer.parseInt(date.substring(0, 4));
        int month = Integer.parseInt(date.substring(4, 6));
        List<SandboxReservation> reservations;
        try {
            if (year < 1) {
                throw new DateTimeException("year 0000");
            }
            reservations = date.length() == 6
                    ? state.reservations().month(YearMonth.of(year, month))
                    : state.reservations().day(LocalDate.of(year, month, Integer.parseInt(date.substring(6))));
        } catch (DateTimeException e) {
            throw RequestRefusedException.invalid("date", ClientInput.quote(date) + " is not a real date");
        }
        ObjectNode body = JsonTrees.object();
        ArrayNode list = body.putArray("conferenceRoomStatus");
        reservations.forEach(r -> list.add(JsonViews.reservation(r)));
        return JsonReplies.ok(body);
    }
}
