package io.camelcam.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One message the sandbox accepted.
 *
 * @param seq        arrival number, from 1 after each reset
 * @param operation  {@code sendMessage} or {@code sendMessages}
 * @param panelName  {@code messenger} for a direct message, else the chat room's name
 * @param text       the message text
 * @param users      the recipients (direct) or mentioned users (room), as stored e-mail addresses
 * @param opened     the wire's {@code isOpened} ("sealed letter") flag, passed through
 * @param receivedAt when the sandbox clock received it
 */
public record ReceivedMessage(long seq, String operation, String panelName, String text,
                              List<String> users, boolean opened, Instant receivedAt) {

    public ReceivedMessage {
        users = List.copyOf(users);
    }
}
