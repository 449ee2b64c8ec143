package io.camelcam.component.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Message;

import io.camelcam.client.CamClient;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.client.operation.GetConferenceRoomStatus;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;
import io.camelcam.component.binding.GetConferenceRoomStatusBinding;
import io.camelcam.component.binding.ZonedClock;

/**
 * getConferenceRoomStatus as a consumer: the reservations of {@code months} consecutive months
 * starting with {@code month} (or of one day), each month one request, all in parallel. The window
 * is worked out at every poll, so {@code current} follows the clock.
 */
public final class GetConferenceRoomStatusFeed implements ChangeFeed<RoomReservation> {

    /** The widest window: each month is one request per poll. */
    public static final int MAX_MONTHS = 12;

    private static final Comparator<RoomReservation> BY_START_THEN_ID = Comparator
            .comparing(RoomReservation::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RoomReservation::id, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public Class<RoomReservation> type() {
        return RoomReservation.class;
    }

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        window(options, time);
    }

    @Override
    public String defaultStateKey(CamConfiguration options) {
        return GetConferenceRoomStatus.OPERATION + ":" + options.getMonth().trim();
    }

    /** The periods watched now: {@code months} months from {@code month}, or the one day it names. */
    static List<ReservationPeriod> window(CamConfiguration options, ZonedClock time) {
        ReservationPeriod first = GetConferenceRoomStatusBinding.period(options.getMonth(), "option month", time);
        int months = options.getMonths();
        if (months < 1 || months > MAX_MONTHS) {
            throw new CamValidationException(GetConferenceRoomStatus.OPERATION, "option months",
                    "must be 1 to " + MAX_MONTHS + ", was " + months);
        }
        if (first.day() != null) {
            if (months != 1) {
                throw new CamValidationException(GetConferenceRoomStatus.OPERATION, "option months",
                        "must be 1 when month names a day (yyyyMMdd), was " + months);
            }
            return List.of(first);
        }
        List<ReservationPeriod> window = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            window.add(ReservationPeriod.ofMonth(first.month().plusMonths(i)));
        }
        return window;
    }

    @Override
    public CompletableFuture<Map<String, List<RoomReservation>>> fetch(CamClient client, CamConfiguration options,
            ZonedClock time) {
        Map<String, CompletableFuture<List<RoomReservation>>> calls = new LinkedHashMap<>();
        for (ReservationPeriod period : window(options, time)) {
            calls.put(period.wireValue(), client.getConferenceRoomStatus(period));
        }
        return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, List<RoomReservation>> fetched = new LinkedHashMap<>();
            calls.forEach((period, call) -> fetched.put(period, call.join()));
            return fetched;
        });
    }

    @Override
    public String id(RoomReservation entry) {
        return entry.id();
    }

    @Override
    public Comparator<RoomReservation> order() {
        return BY_START_THEN_ID;
    }

    @Override
    public void describe(Message message, RoomReservation entry) {
        message.setHeader(CamConstants.RESERVATION_ID, entry.id());
        message.setHeader(CamConstants.CONFERENCE_ROOM_ID, entry.roomId());
    }
}
