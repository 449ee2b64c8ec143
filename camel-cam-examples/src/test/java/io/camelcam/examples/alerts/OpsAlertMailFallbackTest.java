package io.camelcam.examples.alerts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An alert CAM does not take goes out by mail (GreenMail's SMTP), with CAM's error and without secrets. */
class OpsAlertMailFallbackTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path workDir;

    @BeforeEach
    void accounts() {
        MAIL.setUser("alerts@example.com", "alerts", "smtp-secret");
        MAIL.setUser("ops-team@example.com", "ops-team", "ops-secret");
    }

    @Test
    void anAlertCamCannotTakeAfterTheRetriesIsMailedWithCamsError(CamSandbox sandbox) throws Exception {
        sandbox.faults().next(100).on("sendMessage").status(503);
        try (RunningExamples examples = startInventoryCheck(sandbox)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.getReceivedMessages().length == 1);
            MimeMessage mail = MAIL.getReceivedMessages()[0];
            String text = (String) mail.getContent();

            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ops-team@example.com");
            assertThat(mail.getSubject()).isEqualTo("[ops alert] inventory-check failed (chat unavailable)");
            assertThat(text).contains("could not be posted to the chat room ops", "⚠ inventory-check failed at ",
                    "Connection refused", "-- CAM's error --", "HTTP 503");
            assertThat(text + mail.getSubject()).doesNotContain(sandbox.userToken(), "smtp-secret");
            // the retries came first: one attempt and the extra ones of writeRetries
            assertThat(sandbox.requests()).filteredOn(r -> r.operation().equals("sendMessage")).hasSize(4);
            assertThat(sandbox.messages()).isEmpty();
        }
    }

    @Test
    void anAlertCamRefusesIsMailedToo(CamSandbox sandbox) throws Exception {
        try (RunningExamples examples = startInventoryCheck(sandbox, Map.of("ops-alert.room", "no-such-room"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.getReceivedMessages().length == 1);
            assertThat((String) MAIL.getReceivedMessages()[0].getContent())
                    .contains("could not be posted to the chat room no-such-room", "chat room 'no-such-room'");
        }
    }

    @Test
    void anAlertCamTakesIsNotMailed(CamSandbox sandbox) throws Exception {
        try (RunningExamples examples = startInventoryCheck(sandbox)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).hasSize(1));
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }
    }

    private RunningExamples startInventoryCheck(CamSandbox sandbox) throws Exception {
        return startInventoryCheck(sandbox, Map.of());
    }

    private RunningExamples startInventoryCheck(CamSandbox sandbox, Map<String, String> more) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(
                "camel.main.route-filter-include-pattern", "inventory-check,ops-alert",
                "inventory-check.enabled", "true",
                "inventory-check.url", "http://127.0.0.1:" + RunningExamples.freePort() + "/stock",
                "inventory-check.period", "1h",
                "ops-alert.fallback-mail-to", "ops-team@example.com",
                "mail.host", "127.0.0.1",
                "mail.smtp-protocol", "smtp",
                "mail.smtp-port", String.valueOf(MAIL.getSmtp().getPort()),
                "mail.username", "alerts"));
        properties.put("mail.password", "smtp-secret");
        properties.putAll(more);
        return RunningExamples.start(sandbox, workDir, properties);
    }
}
