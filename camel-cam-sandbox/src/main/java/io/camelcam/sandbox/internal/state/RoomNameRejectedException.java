package io.camelcam.sandbox.internal.state;

/** A chat-room name that cannot be used: taken by another room, or reserved. The message is the reason. */
public final class RoomNameRejectedException extends IllegalArgumentException {

    public RoomNameRejectedException(String reason) {
        super(reason);
    }
}
