package io.camelcam.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A conference-room reservation, as {@code getConferenceRoomStatus} answers it.
 * {@code start}/{@code end} are local date-times (the wire carries no offset);
 * {@code updatedAt} is set by the sandbox on every change.
 */
public record SandboxReservation(String id, String roomId, String roomName, String title, LocalDateTime start,
                                 LocalDateTime end, String userId, Instant updatedAt) {
}
