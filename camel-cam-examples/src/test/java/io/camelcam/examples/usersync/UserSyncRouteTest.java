package io.camelcam.examples.usersync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;

/** The user sync: export, rename departments, upload the changes, report; streamed for any size. */
class UserSyncRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @TempDir
    Path workDir;

    @Test
    void renamedDepartmentsReachCamAndTheResultIsReported(CamSandbox sandbox) throws Exception {
        sandbox.putUser(new SandboxUser(null, "gone@example.com", "Gone", "開発部", null, null, "user", true));
        try (RunningExamples examples = start(sandbox, Map.of())) {
            examples.producer().sendBody("direct:user-sync", null);

            assertThat(user(sandbox, "alice@example.com").department()).isEqualTo("プロダクト開発部");
            assertThat(user(sandbox, "bob@example.com").department()).isEqualTo("プロダクト開発部");
            assertThat(user(sandbox, "carol@example.com").department()).isEqualTo("営業部");
            assertThat(user(sandbox, "gone@example.com").department()).as("deleted users are left alone").isEqualTo("開発部");
            assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text)
                    .containsExactly("User sync: 2 users moved to their renamed departments (10 users checked).");

            // a second run finds nothing to change: no upload, no report
            examples.producer().sendBody("direct:user-sync", null);
            assertThat(sandbox.requests()).extracting(r -> r.operation())
                    .containsExactly("exportUsers", "updateUsersCSV", "sendMessage", "exportUsers");
        }
        try (var temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temporary).noneMatch(f -> f.getFileName().toString().startsWith("user-sync-"));
        }
    }

    @Test
    void aHundredThousandUsersStreamThroughWithProgressLines(@TempDir Path renames) throws Exception {
        Path file = Files.writeString(renames.resolve("renames.csv"), "from,to\nSynthetic,Synthetic Users\n",
                StandardCharsets.UTF_8);
        try (CamSandbox big = CamSandbox.builder().syntheticUsers(100_000).start();
             RunningExamples examples = start(big, Map.of(
                     "user-sync.renames", "file:" + file,
                     "user-sync.progress-every", "25000"));
             LogCapture log = LogCapture.open()) {
            examples.producer().sendBody("direct:user-sync", null);

            assertThat(big.users()).filteredOn(u -> u.email().endsWith("@synthetic.example"))
                    .hasSize(100_000).allMatch(u -> u.department().equals("Synthetic Users"));
            // the nine seeded users come first, then the synthetic ones
            String transform = "INFO " + UserSyncTransform.class.getName() + " user-sync: ";
            assertThat(log.lines()).filteredOn(line -> line.startsWith(transform)).containsExactly(
                    transform + "25000 users read, 24991 to update",
                    transform + "50000 users read, 49991 to update",
                    transform + "75000 users read, 74991 to update",
                    transform + "100000 users read, 99991 to update",
                    transform + "done reading, 100009 users read, 100000 to update");
            assertThat(big.messagesIn("ops")).extracting(ReceivedMessage::text)
                    .containsExactly("User sync: 100000 users moved to their renamed departments (100009 users checked).");
        }
    }

    @Test
    void aBadRenamesFileAlertsOpsAndChangesNothing(CamSandbox sandbox, @TempDir Path renames) throws Exception {
        Path file = Files.writeString(renames.resolve("renames.csv"), "from,to\n開発部,\n", StandardCharsets.UTF_8);
        try (RunningExamples examples = start(sandbox, Map.of("user-sync.renames", "file:" + file))) {
            examples.producer().sendBody("direct:user-sync", null);

            assertThat(sandbox.messagesIn("ops")).singleElement().satisfies(alert -> {
                assertThat(alert.text()).startsWith("⚠ user-sync failed at ").contains("line 2", "expected two names");
                assertThat(alert.users()).containsExactly("oncall@example.com");
            });
            assertThat(sandbox.requests()).extracting(r -> r.operation()).containsExactly("exportUsers", "sendMessage");
            assertThat(user(sandbox, "alice@example.com").department()).isEqualTo("開発部");
        }
    }

    private RunningExamples start(CamSandbox sandbox, Map<String, String> properties) throws Exception {
        Map<String, String> all = new HashMap<>(properties);
        all.put("camel.main.route-filter-include-pattern", "user-sync*,ops-alert");
        return RunningExamples.start(sandbox, workDir, all);
    }

    private static SandboxUser user(CamSandbox sandbox, String email) {
        List<SandboxUser> users = sandbox.users();
        return users.stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    }
}
