package io.camelcam.client.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One chat message. {@code room} names a chat room; null means a direct message to {@code users}
 * (CAM's {@code messenger} panel). In a room, {@code users} are the people @-mentioned.
 * {@code sealed} is CAM's "sealed letter" flag ({@code isOpened} on the wire).
 */
public record CamMessage(String room, String text, List<String> users, boolean sealed) {

    /** CAM's panel name for direct messages. */
    public static final String DIRECT_PANEL = "messenger";

    public CamMessage {
        users = users == null ? List.of() : List.copyOf(users);
        if (DIRECT_PANEL.equals(room)) {
            room = null;
        }
    }

    /** A message to a chat room. */
    public static CamMessage toRoom(String room, String text) {
        return new CamMessage(room, text, List.of(), false);
    }

    /** A direct message to one or more users, by e-mail address. */
    public static CamMessage direct(String text, String... users) {
        return new CamMessage(null, text, Arrays.asList(users), false);
    }

    /** This message, also @-mentioning (in a room) or addressed to (direct) these users. */
    public CamMessage mentioning(String... more) {
        List<String> all = new ArrayList<>(users);
        all.addAll(Arrays.asList(more));
        return new CamMessage(room, text, all, sealed);
    }

    public CamMessage withSealed(boolean sealedLetter) {
        return new CamMessage(room, text, users, sealedLetter);
    }

    public boolean isDirect() {
        return room == null;
    }

    /** The panel name CAM expects: the room, or {@code messenger} for a direct message. */
    public String panelName() {
        return room == null ? DIRECT_PANEL : room;
    }
}
