package io.camelcam.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

class ExportUsersTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void exportsEveryUserAsCsvWithoutPasswords() {
        SandboxUser carol = SANDBOX.sandbox().users().stream().filter(u -> u.email().equals("carol@example.com")).findFirst().orElseThrow();
        SANDBOX.sandbox().putUser(new SandboxUser(null, carol.email(), "Carol, \"CS\" Sato", carol.department(),
                carol.position(), carol.phone(), "user", true));

        RawHttpClient.Answer answer = post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "exportUsers.csv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"exportUsers.csv\"");
        assertThat(answer.header("Transfer-Encoding")).isEqualTo("chunked");
        String[] lines = answer.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("email,name,password,department,position,phone,role,deleted");
        assertThat(lines).hasSize(1 + SANDBOX.sandbox().users().size());
        assertThat(lines[1]).isEqualTo("admin@example.com,Sandbox Admin,,情報システム部,管理者,03-0000-0000,admin,false");
        assertThat(lines).contains("carol@example.com,\"Carol, \"\"CS\"\" Sato\",,営業部,営業,03-0000-0003,user,true");
        assertThat(SANDBOX.sandbox().requests().get(0).camStatus()).isZero();
    }

    @Test
    void sanitizesTheDownloadName() {
        RawHttpClient.Answer quoted = post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "a\"b\r\nX-Evil: 1.csv");
        assertThat(quoted.header("Content-Disposition")).isEqualTo("attachment; filename=\"a_b__X-Evil: 1.csv\"");
        assertThat(quoted.headers().firstValue("X-Evil")).isEmpty();

        RawHttpClient.Answer japanese = post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "ユーザー.csv");
        assertThat(japanese.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"____.csv\"; filename*=UTF-8''%E3%83%A6%E3%83%BC%E3%82%B6%E3%83%BC.csv");
    }

    @Test
    void requiresAPath() {
        assertThat(post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken()).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: path: missing");
        assertThat(post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "  ").errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: path: missing");
    }

    @Test
    void streamsALargeExport() throws Exception {
        int synthetic = 200_000;
        try (CamSandbox big = CamSandbox.builder().syntheticUsers(synthetic).start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(big.url() + "/exportUsers?path=all.csv"))
                    .header(RawHttpClient.TOKEN, big.adminToken()).GET().build();
            HttpResponse<InputStream> response = RawHttpClient.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long lines = 0;
            String last = null;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines++;
                    last = line;
                }
            }
            assertThat(lines).isEqualTo(1 + 9 + synthetic);
            assertThat(last).isEqualTo("user0200000@synthetic.example,Synthetic User 200000,,Synthetic,,,user,false");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
