package io.camelcam.examples.meetings;

/**
 * The answer to {@code POST /meetings}. The password is meant for the caller (the groupware
 * passes it to the invitees); it is neither logged nor posted in the room.
 *
 * @param url       where to join the quick call
 * @param expiresAt when it expires, ISO-8601 (e.g. {@code 2026-11-29T10:15:00Z})
 * @param password  the quick call's password, fresh for each call
 * @param room      where it was announced
 * @param announced false when the call was made but the announcement failed (see the log)
 */
public record MeetingResponse(String url, String expiresAt, String password, String room, boolean announced) {

    @Override
    public String toString() {
        return "MeetingResponse[url=" + url + ", expiresAt=" + expiresAt + ", password=******, room=" + room
                + ", announced=" + announced + "]";
    }
}
