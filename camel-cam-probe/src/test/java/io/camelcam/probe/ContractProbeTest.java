package io.camelcam.probe;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.DriftKind;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe against a sandbox it talks real HTTP to: clean, drifting, unreachable, and given bad arguments. */
class ContractProbeTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** The sandbox's tokens, as a user would export them. */
    private static final Map<String, String> ENV = Map.of("CAM_API_TOKEN", CamSandbox.DEFAULT_USER_TOKEN,
            "CAM_ADMIN_TOKEN", CamSandbox.DEFAULT_ADMIN_TOKEN);

    record Outcome(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }

        String rowOf(String operation) {
            return out.lines().filter(line -> line.startsWith(operation + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + operation + " in\n" + out));
        }
    }

    private static Outcome probe(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ContractProbeMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Outcome probeAll(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server-url", SANDBOX.url(), "--token-env", "CAM_API_TOKEN",
                "--admin-token-env", "CAM_ADMIN_TOKEN"));
        args.addAll(List.of(extra));
        return probe(ENV, args.toArray(String[]::new));
    }

    private static void assertNoSecretOrUserData(Outcome outcome) {
        assertThat(outcome.all()).doesNotContain(SANDBOX.userToken()).doesNotContain(SANDBOX.adminToken());
        for (SandboxUser user : SANDBOX.sandbox().users()) {
            assertThat(outcome.all()).doesNotContain(user.email());
        }
    }

    @Test
    void aServerAsAssumedPassesEveryOperation() {
        Outcome outcome = probeAll("--room", "ops", "--write");

        assertThat(outcome.exitCode()).as(outcome.all()).isEqualTo(ContractProbeMain.AS_ASSUMED);
        for (String operation : List.of("getConferenceMaster", "getConferenceRoomStatus", "exportUsers", "sendMessage")) {
            assertThat(outcome.rowOf(operation)).endsWith("| as assumed");
        }
        assertThat(outcome.rowOf("getConferenceMaster")).contains("conferenceRooms, conferenceRooms[].capacity");
        assertThat(outcome.rowOf("exportUsers")).contains("email, name, password");
        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith(ContractProbe.PROBE_MESSAGE));
        assertNoSecretOrUserData(outcome);
    }

    @Test
    void withoutWriteNothingIsSentAndWithoutAnAdminTokenTheExportIsSkipped() {
        Outcome outcome = probe(ENV, "--server-url", SANDBOX.url(), "--token-env", "CAM_API_TOKEN");

        assertThat(outcome.exitCode()).as(outcome.all()).isEqualTo(ContractProbeMain.AS_ASSUMED);
        assertThat(outcome.rowOf("exportUsers")).endsWith("skipped: no --admin-token-env");
        assertThat(outcome.out()).doesNotContain("sendMessage");
        assertThat(SANDBOX.sandbox().messages()).isEmpty();
        assertThat(SANDBOX.sandbox().requests()).extracting(r -> r.operation())
                .containsExactly("getConferenceMaster", "getConferenceRoomStatus");
    }

    @ParameterizedTest
    @EnumSource(DriftKind.class)
    void everyDriftIsDetectedNamedAndFailsTheRun(DriftKind kind) {
        SANDBOX.sandbox().drift().set(kind);

        Outcome outcome = probeAll("--room", "ops", "--write");

        assertThat(outcome.exitCode()).as(outcome.all()).isEqualTo(ContractProbeMain.DIFFERS);
        String rooms = outcome.rowOf("getConferenceMaster");
        assertThat(rooms).contains("DIFFERS");
        switch (kind) {
            case RENAMED_FIELDS -> assertThat(rooms).contains("conferenceRooms_v2").containsPattern("\\| conferenceRooms +\\|");
            case MISSING_FIELDS -> assertThat(rooms).contains("conferenceRooms[].id");
            case EXTRA_FIELDS -> assertThat(rooms).contains("conferenceRooms[].sandboxExtra, sandboxExtra");
            case UNEXPECTED_SHAPES -> assertThat(rooms).contains("conferenceRooms (not an array)")
                    .contains("the component cannot decode it");
        }
        assertThat(outcome.out()).contains("The server differs");
        assertNoSecretOrUserData(outcome);
    }

    @Test
    void anUnreachableServerHasItsOwnExitCode() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Outcome outcome = probe(ENV, "--server-url", "http://127.0.0.1:" + closedPort, "--token-env", "CAM_API_TOKEN");

        assertThat(outcome.exitCode()).as(outcome.all()).isEqualTo(ContractProbeMain.NOT_CHECKED);
        assertThat(outcome.rowOf("getConferenceMaster")).contains("unreachable: cannot connect");
    }

    @Test
    void aRefusedTokenIsReportedAsNotCheckedWithItsCode() {
        Outcome outcome = probe(Map.of("T", "not-the-token"), "--server-url", SANDBOX.url(), "--token-env", "T");

        assertThat(outcome.exitCode()).isEqualTo(ContractProbeMain.NOT_CHECKED);
        assertThat(outcome.rowOf("getConferenceMaster")).contains("520 805").contains("not checked: CAM refused");
        assertThat(outcome.all()).doesNotContain("not-the-token");
    }

    @Test
    void badArgumentsAreNamedBeforeAnythingIsSent() {
        Outcome noUrl = probe(ENV, "--token-env", "CAM_API_TOKEN");
        assertThat(noUrl.exitCode()).isEqualTo(ContractProbeMain.BAD_ARGUMENTS);
        assertThat(noUrl.err()).contains("--server-url is missing").contains("usage:");

        Outcome unset = probe(Map.of(), "--server-url", SANDBOX.url(), "--token-env", "CAM_API_TOKEN");
        assertThat(unset.exitCode()).isEqualTo(ContractProbeMain.BAD_ARGUMENTS);
        assertThat(unset.err()).contains("CAM_API_TOKEN, which is not set");

        Outcome badToken = probe(Map.of("T", "two words secret"), "--server-url", SANDBOX.url(), "--token-env", "T");
        assertThat(badToken.exitCode()).isEqualTo(ContractProbeMain.BAD_ARGUMENTS);
        assertThat(badToken.err()).contains("--token-env T").doesNotContain("two words secret");

        Outcome writeWithoutRoom = probe(ENV, "--server-url", SANDBOX.url(), "--token-env", "CAM_API_TOKEN", "--write");
        assertThat(writeWithoutRoom.err()).contains("--write needs --room");

        Outcome badUrl = probe(ENV, "--server-url", "ftp://cam", "--token-env", "CAM_API_TOKEN");
        assertThat(badUrl.err()).contains("--server-url").contains("must start with http:// or https://");

        Outcome unknown = probe(ENV, "--server-url", SANDBOX.url(), "--token-env", "CAM_API_TOKEN", "--tokn", "x");
        assertThat(unknown.err()).contains("unknown option '--tokn'");

        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }
}
