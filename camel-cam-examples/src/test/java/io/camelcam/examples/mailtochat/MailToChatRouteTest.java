package io.camelcam.examples.mailtochat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/** Mail to chat against a real IMAP/SMTP server (GreenMail) and the CAM sandbox. */
class MailToChatRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path workDir;

    private GreenMailUser mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = MAIL.setUser("chat@example.com", "chat", "mailbox-secret");
    }

    @Test
    void aMailSentOverSmtpIsPostedAndThenMarkedSeen(CamSandbox sandbox) throws Exception {
        ServerSetup smtp = MAIL.getSmtp().getServerSetup();
        GreenMailUtil.sendTextEmail("chat@example.com", "Alice <alice@example.com>", "Lunch order",
                "Pizza at noon.\nReply by 11.", smtp);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                    .extracting(ReceivedMessage::text).isEqualTo("""
                            ✉ Mail from Alice <alice@example.com>
                            Subject: Lunch order
                            Pizza at noon.
                            Reply by 11."""));
            await().untilAsserted(() -> assertThat(inbox()).singleElement()
                    .satisfies(mail -> assertThat(mail.isSet(Flags.Flag.SEEN)).isTrue()));
        }
    }

    @Test
    void theRoomIsPickedBySubjectTagThenRecipientElseTheDefault(CamSandbox sandbox) throws Exception {
        deliver("""
                From: bob@example.com
                To: chat@example.com
                Subject: [OPS] disk full on db-2
                Content-Type: text/plain; charset=UTF-8

                92% used.
                """);
        deliver("""
                From: bob@example.com
                To: someone@example.com, Ops <ops@example.com>
                Subject: backup finished
                Content-Type: text/plain; charset=UTF-8

                All good.
                """);
        deliver("""
                From: bob@example.com
                To: chat@example.com
                Subject: [misc] coffee machine
                Content-Type: text/plain; charset=UTF-8

                Fixed.
                """);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> {
                assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text)
                        .anySatisfy(text -> assertThat(text).contains("Subject: [OPS] disk full on db-2", "92% used."))
                        .anySatisfy(text -> assertThat(text).contains("Subject: backup finished"))
                        .hasSize(2);
                assertThat(sandbox.messagesIn("general")).singleElement().extracting(ReceivedMessage::text)
                        .asString().contains("Subject: [misc] coffee machine");
            });
        }
    }

    @Test
    void htmlIsReducedToTextAndAttachmentsAreListedWithTheirSizes(CamSandbox sandbox) throws Exception {
        String pdf = "A".repeat(4096);
        deliver("""
                From: Carol <carol@example.com>
                To: chat@example.com
                Subject: Report
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p { color: red }</style><script>alert(1)</script></head>
                <body><p>Hello &amp; welcome,</p><p>the <b>Q3</b> report&nbsp;is attached.</p></body></html>
                --outer
                Content-Type: application/pdf; name="q3.pdf"
                Content-Disposition: attachment; filename="q3.pdf"
                Content-Transfer-Encoding: base64

                %s
                --outer--
                """.formatted(pdf));
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                    .extracting(ReceivedMessage::text).isEqualTo("""
                            ✉ Mail from Carol <carol@example.com>
                            Subject: Report
                            Hello & welcome,
                            the Q3 report is attached.
                            Attachments: q3.pdf (3 KB)"""));
        }
    }

    @Test
    void aMailWithoutTextIsPostedWithANote(CamSandbox sandbox) throws Exception {
        deliver("""
                From: scanner@example.com
                To: chat@example.com
                Subject: Scan 0042
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: image/png
                Content-Disposition: attachment; filename="scan.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --b--
                """);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                    .extracting(ReceivedMessage::text).asString()
                    .contains("Subject: Scan 0042", "(this mail has no text)", "Attachments: scan.png ("));
        }
    }

    @Test
    void aHugeBodyIsPostedInPartWithANote(CamSandbox sandbox) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int line = 1; line <= 50_000; line++) {
            body.append("log line ").append(line).append('\n');
        }
        deliver("From: cron@example.com\nTo: chat@example.com\nSubject: nightly log\n"
                + "Content-Type: text/plain; charset=UTF-8\n\n" + body);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                    .extracting(ReceivedMessage::text).asString()
                    .contains("log line 1\n", "log line 15\n")
                    .doesNotContain("log line 16")
                    .endsWith("(… the text goes on; the first 15 lines are shown)"));
        }
    }

    @Test
    void aBrokenMimeStructureIsMovedToTheErrorFolderWithANote(CamSandbox sandbox) throws Exception {
        // the text part's transfer encoding is one no program knows: its content cannot be decoded
        deliver("""
                From: broken@example.com
                To: chat@example.com
                Subject: broken
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: x-made-up

                ?!
                --b--
                """);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                    .extracting(ReceivedMessage::text).asString()
                    .startsWith("✉ A mail from broken@example.com, subject «broken», cannot be shown: "
                            + "its MIME structure cannot be read")
                    .endsWith("It was moved to the mail folder chat-errors."));
            await().untilAsserted(() -> {
                assertThat(folder("chat-errors")).hasSize(1);
                assertThat(inbox()).isEmpty();
            });
        }
    }

    @Test
    void japaneseInIso2022JpAndUtf8Survives(CamSandbox sandbox) throws Exception {
        Charset jis = Charset.forName("ISO-2022-JP");
        String jisSubject = "=?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString("会議の件".getBytes(jis)) + "?=";
        deliver(("From: =?UTF-8?B?" + Base64.getEncoder().encodeToString("山田".getBytes(StandardCharsets.UTF_8))
                + "?= <yamada@example.jp>\nTo: chat@example.com\nSubject: " + jisSubject + "\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n")
                .getBytes(StandardCharsets.US_ASCII), "明日の会議は十時からです。\n".getBytes(jis));
        deliver("""
                From: suzuki@example.jp
                To: chat@example.com
                Subject: =?UTF-8?Q?=E4=BA=88=E7=B4=84?=
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                会議室Aを予約しました。
                """);
        try (RunningExamples examples = start(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                    .containsExactlyInAnyOrder("""
                            ✉ Mail from 山田 <yamada@example.jp>
                            Subject: 会議の件
                            明日の会議は十時からです。""", """
                            ✉ Mail from suzuki@example.jp
                            Subject: 予約
                            会議室Aを予約しました。"""));
        }
    }

    @Test
    void duringACamOutageMailStaysUnseenAndIsPostedAfterRecovery(CamSandbox sandbox) throws Exception {
        sandbox.faults().next(1_000).on("sendMessage").status(503);
        deliver("From: alice@example.com\nTo: chat@example.com\nSubject: while CAM is down\n\nstill here?\n");
        try (RunningExamples examples = start(sandbox)) {
            // several polls tried it (each with its retries) and failed
            await().untilAsserted(() -> assertThat(sandbox.requests()).filteredOn(r -> r.operation().equals("sendMessage"))
                    .hasSizeGreaterThanOrEqualTo(4));
            assertThat(inbox()).singleElement().satisfies(mail -> assertThat(mail.isSet(Flags.Flag.SEEN)).isFalse());
            assertThat(sandbox.messages()).isEmpty();

            sandbox.faults().clear();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sandbox.messagesIn("general"))
                    .singleElement().extracting(ReceivedMessage::text).asString().contains("still here?"));
            await().untilAsserted(() -> assertThat(inbox()).singleElement()
                    .satisfies(mail -> assertThat(mail.isSet(Flags.Flag.SEEN)).isTrue()));
        }
    }

    @Test
    void aMailCamRefusesGoesToTheErrorFolder(CamSandbox sandbox) throws Exception {
        deliver("From: alice@example.com\nTo: chat@example.com\nSubject: [nowhere] hello\n\ntext\n");
        deliver("From: alice@example.com\nTo: chat@example.com\nSubject: fine\n\ntext\n");
        try (RunningExamples examples = start(sandbox, Map.of("mail-to-chat.rooms-by-tag", "nowhere=no-such-room"))) {
            await().untilAsserted(() -> {
                assertThat(folder("chat-errors")).singleElement()
                        .satisfies(mail -> assertThat(mail.getMimeMessage().getSubject()).isEqualTo("[nowhere] hello"));
                assertThat(inbox()).singleElement()
                        .satisfies(mail -> assertThat(mail.getMimeMessage().getSubject()).isEqualTo("fine"));
                assertThat(sandbox.messagesIn("general")).singleElement().extracting(ReceivedMessage::text).asString()
                        .contains("Subject: fine");
            });
        }
    }

    @Test
    void aMappingThatIsNotKeyEqualsRoomIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MailRooms("ops", "", "general"))
                .withMessageContaining(MailToChatRoute.ROOMS_BY_TAG).withMessageContaining("'ops'");
    }

    private RunningExamples start(CamSandbox sandbox) throws Exception {
        return start(sandbox, Map.of());
    }

    private RunningExamples start(CamSandbox sandbox, Map<String, String> more) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(
                "camel.main.route-filter-include-pattern", "mail-to-chat",
                "mail.host", "127.0.0.1",
                "mail.username", "chat",
                "mail.password", "mailbox-secret",
                "mail-to-chat.protocol", "imap",
                "mail-to-chat.port", String.valueOf(MAIL.getImap().getPort()),
                "mail-to-chat.delay", "200"));
        properties.putAll(more);
        return RunningExamples.start(sandbox, workDir, properties);
    }

    private void deliver(String raw) throws Exception {
        deliver(raw.getBytes(StandardCharsets.UTF_8));
    }

    private void deliver(byte[]... parts) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part);
        }
        mailbox.deliver(new MimeMessage(null, new ByteArrayInputStream(all.toByteArray())));
    }

    private List<StoredMessage> inbox() throws Exception {
        return MAIL.getManagers().getImapHostManager().getInbox(mailbox).getNonDeletedMessages();
    }

    /** The messages of a folder; none while it does not exist. */
    private List<StoredMessage> folder(String name) {
        MailFolder folder = MAIL.getManagers().getImapHostManager().getFolder(mailbox, name);
        return folder == null ? List.of() : folder.getNonDeletedMessages();
    }
}
