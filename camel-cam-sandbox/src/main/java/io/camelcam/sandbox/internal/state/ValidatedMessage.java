package io.camelcam.sandbox.internal.state;

import java.util.List;

/** A validated message about to be recorded. {@code panelName} is {@code messenger} or the room's name. */
public record ValidatedMessage(String panelName, String text, List<String> users, boolean opened) {
}
