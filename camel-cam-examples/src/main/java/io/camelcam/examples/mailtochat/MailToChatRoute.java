package io.camelcam.examples.mailtochat;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailConstants;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamValidationException;

/**
 * Mail to chat: every new mail in a mailbox (IMAP) becomes a message in a room, chosen by subject
 * tag or recipient address. A mail is marked seen only once CAM accepted its post: camel-mail
 * {@code peek}s while reading and flags the mail SEEN on the exchange's completion, and leaves it
 * unseen when the exchange fails, so the next poll tries it again (at least once). A mail that
 * cannot be read, or that CAM refuses, is moved to {@code mail-to-chat.error-folder} instead.
 */
public class MailToChatRoute extends RouteBuilder {

    static final String DEFAULT_ROOM = "mail-to-chat.default-room";
    static final String ROOMS_BY_TAG = "mail-to-chat.rooms-by-tag";
    static final String ROOMS_BY_RECIPIENT = "mail-to-chat.rooms-by-recipient";
    static final String MAX_LINES = "mail-to-chat.max-lines";

    @Override
    public void configure() {
        MailRooms rooms = new MailRooms(setting(ROOMS_BY_TAG), setting(ROOMS_BY_RECIPIENT), setting(DEFAULT_ROOM));
        MailDigest digest = new MailDigest(Integer.parseInt(setting(MAX_LINES).strip()));
        String errorFolder = setting("mail-to-chat.error-folder");
        if (setting("mail.host").isBlank()) {
            // no mailbox to read (a real CAM server and no mail.host): no route, rather than one that cannot connect
            return;
        }

        // tag::route[]
        from("{{mail-to-chat.protocol}}://{{mail.host}}:{{mail-to-chat.port}}?folderName={{mail-to-chat.folder}}"
                // unseen mail only; read without marking it seen; SEEN is set once the exchange completes
                + "&unseen=true&peek=true"
                // the route reads the mail itself, within bounds (MailDigest), not camel-mail's mapping
                + "&mapMailMessage=false&maxMessagesPerPoll=20&delay={{mail-to-chat.delay}}")
                .routeId("mail-to-chat")
                .autoStartup("{{mail-to-chat.enabled}}")
                // the mail cannot be read: a note in the default room, the mail to the error folder
                .onException(UnreadableMailException.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "Mail «${exchangeProperty.mailSubject}» moved to " + errorFolder
                            + ": ${exception.message}")
                    .setHeader(MailConstants.MAIL_MOVE_TO, constant(errorFolder))
                    .setBody(exchange -> MailToChat.unreadableNote(exchange, errorFolder))
                    .to("cam:sendMessage?room=" + rooms.defaultRoom() + "&retryOn=429,503,connect")
                .end()
                // CAM refused the post (e.g. the mapped room does not exist): trying again would not help
                .onException(CamApiException.class, CamValidationException.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "Mail «${exchangeProperty.mailSubject}» for room ${header.CamelCamRoom} "
                            + "moved to " + errorFolder + ": CAM refused it: ${exception.message}")
                    .setHeader(MailConstants.MAIL_MOVE_TO, constant(errorFolder))
                .end()
                .process(new MailToChat(digest, rooms))
                // any other failure (CAM down or busy after the retries) fails the exchange: the mail stays unseen
                .to("cam:sendMessage?retryOn=429,503,connect");
        // end::route[]
    }

    private String setting(String key) {
        return getCamelContext().getPropertiesComponent().resolveProperty(key).orElse("");
    }
}
