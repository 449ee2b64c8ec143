package io.camelcam.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo as a newcomer runs it, with nothing configured: it starts the sandbox and the broker,
 * drives every example once, and with demo.exit=true stops by itself.
 */
class DemoTest {

    @TempDir
    Path workDir;

    @Test
    void theDemoDrivesEveryExampleAndStops() throws Exception {
        CamExamples examples = new CamExamples();
        examples.main().addMainListener(new Demo(examples));
        examples.main().addOverrideProperty("examples.work-dir", workDir.toString());
        examples.main().addOverrideProperty("camel.server.port", String.valueOf(RunningExamples.freePort()));
        examples.main().addOverrideProperty("demo.exit", "true");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread application = new Thread(() -> {
            try {
                examples.main().run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "examples");

        application.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> !application.isAlive());

        assertThat(failure.get()).isNull();
        CamSandbox sandbox = examples.services().sandbox().orElseThrow();
        assertThat(texts(sandbox, "general")).contains(
                "Hello from camel-cam! This message was a text file dropped into the inbox.\n",
                "Hello from the YAML route! Same behaviour, other inbox.\n",
                "Order 1042 has shipped (sent through JMS)")
                .anyMatch(text -> text.startsWith("📞 Design review: " + sandbox.url() + "/quick/"))
                .contains("Today 14:00-15:00 会議室A: «Demo: design review» was booked");
        assertThat(Files.readString(workDir.resolve("schedule/reservation-changes.csv"))).contains(",CREATED,DEMO-1,");
        assertThat(texts(sandbox, "test")).containsExactly("テスト 1");
        assertThat(texts(sandbox, "messenger")).containsExactly("こんにちは 1", "こんにちは 2");
        assertThat(texts(sandbox, "ops")).hasSize(3)
                .anyMatch(text -> text.startsWith("⚠ inventory-check failed"))
                .anyMatch(text -> text.startsWith("✉ Mail from alice@example.com\nSubject: [ops] Backup finished"))
                .anyMatch(text -> text.startsWith("User sync: 2 users moved"));
        assertThat(sandbox.quickCalls()).hasSize(1);
        assertThat(sandbox.users()).anyMatch(u -> u.email().equals("dave@example.com"));

        Path inbox = workDir.resolve("inbox");
        assertThat(names(inbox.resolve(".done"))).hasSize(3)
                .anyMatch(n -> n.endsWith("-welcome.txt"))
                .anyMatch(n -> n.endsWith("-messages.json"))
                .anyMatch(n -> n.endsWith("-new-users.csv"));
        assertThat(names(inbox.resolve(".error"))).hasSize(2)
                .anyMatch(n -> n.endsWith("-to-unknown-room.json"))
                .anyMatch(n -> n.endsWith("-to-unknown-room.json.reason.txt"));
        assertThat(names(workDir.resolve("inbox-yaml/.done"))).singleElement()
                .satisfies(n -> assertThat(n).endsWith("-hello-from-yaml.txt"));
    }

    private static List<String> texts(CamSandbox sandbox, String panel) {
        return sandbox.messagesIn(panel).stream().map(ReceivedMessage::text).toList();
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
