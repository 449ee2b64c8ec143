package io.camelcam.examples;

import java.security.SecureRandom;
import java.util.Base64;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A mail server inside this JVM (GreenMail): SMTP and IMAP on free ports of 127.0.0.1, one mailbox,
 * messages in memory. The demo starts one when no {@code mail.host} is configured, as it starts the
 * CAM sandbox when no CAM server is: mail to chat reads the mailbox, the alert fallback sends to it.
 * The mailbox's password is random and never printed: sending to it over SMTP needs no login.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final String address;
    private final String user;
    private final String password;

    private EmbeddedMailServer(String address, String user) {
        this.address = address;
        this.user = user;
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        greenMail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) }));
        greenMail.start();
        greenMail.setUser(address, user, password);
    }

    /** Starts a server with one mailbox for {@code address}, logged in to as {@code user}. */
    public static EmbeddedMailServer start(String address, String user) {
        return new EmbeddedMailServer(address, user);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public String address() {
        return address;
    }

    public String user() {
        return user;
    }

    /** The mailbox's password, for the configuration of this JVM only. */
    String password() {
        return password;
    }

    /** Sends a text mail to the mailbox over SMTP, as any mail program would. */
    public void send(String from, String subject, String text) {
        GreenMailUtil.sendTextEmail(address, from, subject, text, greenMail.getSmtp().getServerSetup());
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "EmbeddedMailServer[" + user + " at " + host() + ", SMTP " + smtpPort() + ", IMAP " + imapPort() + "]";
    }
}
