package io.camelcam.sandbox;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic users are generated, not stored: they must behave exactly like stored users in lookups,
 * exports, uploads and resets, a changed one keeping its place in the creation order.
 */
class SyntheticUsersTest {

    private static final int SYNTHETIC = 1_000;
    private static final String HEADER = "email,name,password,department,position,phone,role,deleted";
    private static final CamSandbox SANDBOX = CamSandbox.builder().syntheticUsers(SYNTHETIC).start();

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    @BeforeEach
    void reset() {
        SANDBOX.reset();
    }

    private static List<String> export() {
        return List.of(post(SANDBOX, "exportUsers", SANDBOX.adminToken(), "path", "u.csv").body().split("\r\n"));
    }

    private static RawHttpClient.Answer upload(String csv) {
        return RawHttpClient.uploadCsv(SANDBOX, SANDBOX.adminToken(), csv);
    }

    private static RawHttpClient.Answer directMessage(String to) {
        return post(SANDBOX, "sendMessage", SANDBOX.userToken(), "message", RawHttpClient.message("messenger", "hi", to));
    }

    @Test
    void areListedAfterTheSeededUsersInOrderWithTheirIds() {
        List<String> lines = export();

        assertThat(lines).hasSize(1 + 9 + SYNTHETIC);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(10)).isEqualTo("user0000001@synthetic.example,Synthetic User 1,,Synthetic,,,user,false");
        assertThat(lines.get(9 + SYNTHETIC)).isEqualTo("user0001000@synthetic.example,Synthetic User 1000,,Synthetic,,,user,false");
        List<SandboxUser> users = SANDBOX.users();
        assertThat(users).hasSize(9 + SYNTHETIC);
        SandboxUser first = users.get(9);
        assertThat(first.email()).isEqualTo("user0000001@synthetic.example");
        assertThat(first.id()).hasSize(20).isNotEqualTo(users.get(10).id());
    }

    @Test
    void canBeMessagedWithinTheRangeOnlyAndInTheirOwnSpelling() {
        assertThat(directMessage("user0001000@synthetic.example").camStatus()).isEqualTo(200);
        assertThat(directMessage("USER0000007@Synthetic.Example").camStatus()).isEqualTo(200);
        assertThat(directMessage("user0001001@synthetic.example").errorMessages())
                .containsExactly("SC_NOT_FOUND: user 'user0001001@synthetic.example'");
        assertThat(directMessage("user00000001@synthetic.example").camStatus()).isEqualTo(520);
        assertThat(directMessage("user0000000@synthetic.example").camStatus()).isEqualTo(520);
        assertThat(SANDBOX.messages().get(1).users()).containsExactly("user0000007@synthetic.example");
    }

    @Test
    void aChangedOneKeepsItsPlaceAndAResetRestoresIt() {
        RawHttpClient.Answer answer = upload("email,name,deleted\r\n"
                + "user0000500@synthetic.example,Renamed,\r\n"
                + "user0000501@synthetic.example,,false\r\n"
                + "new@example.com,New,\r\n");

        assertThat(answer.body()).isEqualTo("{\"status\":200,\"created\":1,\"updated\":2}");
        List<String> lines = export();
        assertThat(lines).hasSize(1 + 9 + SYNTHETIC + 1);
        assertThat(lines.get(9 + 500)).isEqualTo("user0000500@synthetic.example,Renamed,,Synthetic,,,user,false");
        assertThat(lines.get(9 + 501)).isEqualTo("user0000501@synthetic.example,Synthetic User 501,,Synthetic,,,user,false");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("new@example.com,New,,,,,user,false");
        assertThat(SANDBOX.users()).hasSize(9 + SYNTHETIC + 1);

        SANDBOX.putUser(new SandboxUser(null, "user0000002@synthetic.example", "Put", null, null, null, "admin", true));
        assertThat(export().get(9 + 2)).isEqualTo("user0000002@synthetic.example,Put,,,,,admin,true");
        assertThat(directMessage("user0000002@synthetic.example").errorMessages())
                .containsExactly("SC_NOT_FOUND: user 'user0000002@synthetic.example' is deleted");
        assertThat(SANDBOX.users()).hasSize(9 + SYNTHETIC + 1);

        SANDBOX.reset();
        assertThat(export().get(9 + 500)).isEqualTo("user0000500@synthetic.example,Synthetic User 500,,Synthetic,,,user,false");
        assertThat(SANDBOX.users()).hasSize(9 + SYNTHETIC);
    }

    @Test
    void anExportUploadedBackChangesNothing() {
        List<String> before = export();

        RawHttpClient.Answer answer = upload(String.join("\r\n", before) + "\r\n");

        assertThat(answer.body()).isEqualTo("{\"status\":200,\"created\":0,\"updated\":" + (9 + SYNTHETIC) + "}");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void aFileMayNameOneOnlyOnce() {
        RawHttpClient.Answer answer = upload("email,name\r\nuser0000002@synthetic.example,A\r\nok@example.com,B\r\n"
                + "USER0000002@synthetic.example,C\r\n");

        assertThat(answer.errorMessages()).containsExactly(
                "SC_INVALID_PARAMETER: file line 4: email: 'USER0000002@synthetic.example' is already on line 2");
        assertThat(export().get(9 + 2)).isEqualTo("user0000002@synthetic.example,Synthetic User 2,,Synthetic,,,user,false");
    }
}
