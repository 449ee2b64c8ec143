package io.camelcam.examples.filedrop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The file-drop example, in Java (FileDropRoute) and in YAML (routes/file-drop.camel.yaml): every
 * test runs against both inboxes, so the two stay the same route.
 */
class FileDropRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @TempDir
    static Path workDir;

    static RunningExamples examples;

    @BeforeAll
    static void start() throws Exception {
        examples = RunningExamples.start(SANDBOX.sandbox(), workDir, Map.of(
                "camel.main.route-filter-include-pattern", "file-drop*"));
    }

    @AfterAll
    static void stop() throws Exception {
        examples.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void aTextFileIsOneMessageInTheRoom(String inboxProperty, CamSandbox sandbox) throws IOException {
        Path inbox = inbox(inboxProperty);
        drop(inbox, "deploy.txt", "Release 4.2 is live: 東京 and Osaka\n");

        Path done = awaitArchived(inbox, ".done", "deploy.txt");
        assertThat(sandbox.messagesIn("general")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Release 4.2 is live: 東京 and Osaka\n"));
        assertThat(done).hasContent("Release 4.2 is live: 東京 and Osaka\n");
        assertThat(inbox.resolve("deploy.txt")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void theManualsMessagesJsonGoesThroughSendMessages(String inboxProperty, CamSandbox sandbox) throws IOException {
        Path inbox = inbox(inboxProperty);
        // the manual's own format, trailing comma included
        drop(inbox, "messages.json", """
                messages=[
                {"message":"こんにちは 1","property":{"users":"user1@test.com,user2@test.com"}},
                {"message":"こんにちは 2","property":{"users":"user1@test.com,user2@test.com"}},
                {"send": "test", "message":"テスト 1"},
                {"message":"to the default room"},
                ]
                """);

        awaitArchived(inbox, ".done", "messages.json");
        assertThat(sandbox.messagesIn("messenger")).extracting(ReceivedMessage::text, ReceivedMessage::users)
                .containsExactly(
                        tuple("こんにちは 1", List.of("user1@test.com", "user2@test.com")),
                        tuple("こんにちは 2", List.of("user1@test.com", "user2@test.com")));
        assertThat(sandbox.messagesIn("test")).extracting(ReceivedMessage::text).containsExactly("テスト 1");
        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("to the default room");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void aCsvOfUsersCreatesAndUpdatesThem(String inboxProperty, CamSandbox sandbox) throws IOException {
        Path inbox = inbox(inboxProperty);
        drop(inbox, "users.csv", """
                email,name,department
                dave@example.com,Dave Ito,営業部
                carol@example.com,Carol Sato,企画部
                """);

        awaitArchived(inbox, ".done", "users.csv");
        assertThat(user(sandbox, "dave@example.com").name()).isEqualTo("Dave Ito");
        assertThat(user(sandbox, "carol@example.com").department()).isEqualTo("企画部");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void aFileCamRefusesMovesToErrorWithItsReasonAndNothingIsSent(String inboxProperty, CamSandbox sandbox)
            throws IOException {
        Path inbox = inbox(inboxProperty);
        drop(inbox, "mixed.json", """
                [{"send": "general", "message": "first"}, {"send": "no-such-room", "message": "second"}]
                """);

        Path failed = awaitArchived(inbox, ".error", "mixed.json");
        assertThat(failed).content().contains("no-such-room");
        assertThat(reasonBeside(failed)).contains("mixed.json was not sent to CAM", "404", "chat room 'no-such-room'");
        assertThat(sandbox.messages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void badFilesGetAReasonAPersonCanAct(String inboxProperty, CamSandbox sandbox) throws IOException {
        Path inbox = inbox(inboxProperty);
        drop(inbox, "empty.txt", "");
        drop(inbox, "minutes.pdf", "%PDF-1.7");
        drop(inbox, "people.csv", "name\nno e-mail column\n");

        assertThat(reasonBeside(awaitArchived(inbox, ".error", "empty.txt"))).contains("holds no message text");
        assertThat(reasonBeside(awaitArchived(inbox, ".error", "minutes.pdf")))
                .contains("only .txt (one message), .json (messages.json) and .csv (users) files are sent");
        assertThat(reasonBeside(awaitArchived(inbox, ".error", "people.csv"))).contains("has no email column");
        assertThat(sandbox.messages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void aBusyCamIsAskedAgainRatherThanTheFileFailing(String inboxProperty, CamSandbox sandbox) throws IOException {
        Path inbox = inbox(inboxProperty);
        sandbox.faults().next(2).on("sendMessage").status(503);
        drop(inbox, "busy.txt", "sent on the third try");

        awaitArchived(inbox, ".done", "busy.txt");
        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("sent on the third try");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-drop.inbox", "file-drop.yaml-inbox"})
    void theSameNameDroppedTwiceKeepsBothArchives(String inboxProperty, CamSandbox sandbox) throws IOException {
        Path inbox = inbox(inboxProperty);
        drop(inbox, "daily.txt", "monday");
        awaitArchived(inbox, ".done", "daily.txt");
        drop(inbox, "daily.txt", "tuesday");

        await().untilAsserted(() -> assertThat(archived(inbox.resolve(".done"), "daily.txt")).hasSize(2));
        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("monday", "tuesday");
    }

    private static Path inbox(String property) {
        return Path.of(examples.property(property));
    }

    private static void drop(Path inbox, String name, String content) throws IOException {
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Waits for the file to arrive in .done/ or .error/ under its stamped name, and returns it. */
    private static Path awaitArchived(Path inbox, String folder, String name) throws IOException {
        Path directory = inbox.resolve(folder);
        await().atMost(Duration.ofSeconds(20)).until(() -> !archived(directory, name).isEmpty());
        return archived(directory, name).get(0);
    }

    private static List<Path> archived(Path directory, String name) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{8}-\\d{6}\\.\\d{3}-" + Pattern.quote(name)))
                    .sorted().toList();
        }
    }

    private static String reasonBeside(Path failed) throws IOException {
        Path reason = failed.resolveSibling(failed.getFileName() + ".reason.txt");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(reason));
        return Files.readString(reason, StandardCharsets.UTF_8);
    }

    private static SandboxUser user(CamSandbox sandbox, String email) {
        return sandbox.users().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    }
}
