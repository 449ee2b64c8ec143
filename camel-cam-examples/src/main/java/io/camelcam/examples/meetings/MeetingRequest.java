package io.camelcam.examples.meetings;

/**
 * The body of {@code POST /meetings}; every field is optional:
 * {@code {"title": "Design review", "room": "general", "expiresIn": "30m"}}.
 *
 * @param title     what the call is about, shown in the announcement
 * @param room      the chat room to announce it in (default {@code meetings.room})
 * @param expiresIn how long the call stays valid, e.g. {@code 30m}, {@code 2h} (default {@code meetings.expires-in})
 */
public record MeetingRequest(String title, String room, String expiresIn) {
}
