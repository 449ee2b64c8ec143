package io.camelcam.sandbox;

/** A conference room of the master list ({@code getConferenceRooms} / {@code getConferenceMaster}). */
public record SandboxConferenceRoom(String id, String name, int capacity, String location) {
}
