package io.camelcam.client.model;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One conference-room reservation from {@code getConferenceRoomStatus} (wire fields assumed, see
 * {@code AssumedContract}). {@code start}/{@code end} are local date-times as CAM sends them;
 * {@code updatedAt} is kept verbatim because the contract does not fix its format.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoomReservation(
        String id,
        String roomId,
        String roomName,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        String userId,
        String updatedAt) {
}
