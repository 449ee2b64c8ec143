package io.camelcam.examples.mailtochat;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailMessage;

import jakarta.mail.Message;

import io.camelcam.component.api.CamConstants;

/**
 * Turns the polled mail into the chat message and picks its room. The mail is read here, not by
 * camel-mail's mapping (which the route turns off), so a huge or broken mail is read within
 * {@link MailDigest}'s bounds and fails with an {@link UnreadableMailException} rather than in the poll.
 */
public final class MailToChat implements Processor {

    /** Exchange properties for the log lines and the note about an unreadable mail. */
    public static final String SENDER = "mailSender";
    public static final String SUBJECT = "mailSubject";

    private final MailDigest digest;
    private final MailRooms rooms;

    public MailToChat(MailDigest digest, MailRooms rooms) {
        this.digest = digest;
        this.rooms = rooms;
    }

    @Override
    public void process(Exchange exchange) throws UnreadableMailException {
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        String subject = MailDigest.subject(mail);
        exchange.setProperty(SENDER, MailDigest.sender(mail));
        exchange.setProperty(SUBJECT, subject);
        exchange.getMessage().setHeader(CamConstants.ROOM, rooms.roomFor(subject, MailDigest.recipients(mail)));
        exchange.getMessage().setBody(digest.describe(mail));
    }

    /** The note posted to the default room about a mail that went to the error folder. */
    public static String unreadableNote(Exchange exchange, String errorFolder) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return "✉ A mail from " + exchange.getProperty(SENDER, "(unknown sender)", String.class) + ", subject «"
                + exchange.getProperty(SUBJECT, "(unknown)", String.class) + "», cannot be shown: "
                + (failure == null ? "unknown reason" : shortened(failure.getMessage()))
                + ". It was moved to the mail folder " + errorFolder + ".";
    }

    private static String shortened(String reason) {
        String oneLine = String.valueOf(reason).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 299) + "…";
    }
}
