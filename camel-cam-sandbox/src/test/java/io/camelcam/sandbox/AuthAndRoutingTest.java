package io.camelcam.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.get;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

class AuthAndRoutingTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder()
            .userToken("user-secret").adminToken("admin-secret").build();

    private static final String INVALID_TOKEN = "{\"status\":520,\"errors\":[{\"code\":\"805\",\"message\":\"SC_INVALID_APITOKEN\"}]}";
    private static final String PERMISSION_DENIED = "{\"status\":520,\"errors\":[{\"code\":\"806\",\"message\":\"SC_PERMISSION_DENIED\"}]}";

    @Test
    void missingOrWrongTokenIsSc805WithHttp200() {
        RawHttpClient.Answer missing = get(SANDBOX.sandbox(), "/getConferenceRooms", null);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).isEqualTo(INVALID_TOKEN);
        assertThat(post(SANDBOX.sandbox(), "sendMessage", "wrong", "message", "{}").body()).isEqualTo(INVALID_TOKEN);
        assertThat(post(SANDBOX.sandbox(), "exportUsers", "", "path", "x.csv").body()).isEqualTo(INVALID_TOKEN);
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::role).containsOnly("NONE");
    }

    @Test
    void theUserApiNeedsTheAdminToken() {
        assertThat(post(SANDBOX.sandbox(), "exportUsers", "user-secret", "path", "x.csv").body()).isEqualTo(PERMISSION_DENIED);
        assertThat(RawHttpClient.uploadCsv(SANDBOX.sandbox(), "user-secret", "email\nx@y.co\n").body()).isEqualTo(PERMISSION_DENIED);
        assertThat(SANDBOX.sandbox().users()).noneMatch(u -> u.email().equals("x@y.co"));
    }

    @Test
    void theAdminTokenMayCallEverything() {
        assertThat(post(SANDBOX.sandbox(), "sendMessage", "admin-secret", "message",
                RawHttpClient.message("general", "from admin", null)).camStatus()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::role).containsExactly("ADMIN");
    }

    @Test
    void theTokenHeaderNameIsCaseInsensitive() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/getConferenceMaster"))
                .header("X-CAM-APITOKEN", "user-secret").GET().build();
        assertThat(RawHttpClient.send(request).camStatus()).isEqualTo(200);
    }

    @Test
    void readOperationsAnswerGetOthersOnlyPost() {
        for (String read : List.of("getConferenceRooms", "getConferenceMaster")) {
            assertThat(get(SANDBOX.sandbox(), "/" + read, "user-secret").camStatus()).isEqualTo(200);
        }
        assertThat(get(SANDBOX.sandbox(), "/getConferenceRoomStatus?date=201908", "user-secret").camStatus()).isEqualTo(200);
        assertThat(get(SANDBOX.sandbox(), "/exportUsers?path=u.csv", "admin-secret").status()).isEqualTo(200);

        for (String write : List.of("sendMessage", "sendMessages", "createQuickCall", "updateUsersCSV", "updateChatRoom")) {
            RawHttpClient.Answer answer = get(SANDBOX.sandbox(), "/" + write, "admin-secret");
            assertThat(answer.status()).as(write).isEqualTo(405);
            assertThat(answer.header("Allow")).isEqualTo("POST");
        }
        RawHttpClient.Answer put = RawHttpClient.method(SANDBOX.sandbox(), "PUT", "/getConferenceRooms", "user-secret");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, POST");
        assertThat(RawHttpClient.method(SANDBOX.sandbox(), "HEAD", "/sendMessage", "user-secret").status()).isEqualTo(405);
        assertThat(SANDBOX.sandbox().requests()).filteredOn(r -> r.httpStatus() == 405).hasSize(7)
                .allSatisfy(r -> assertThat(r.camStatus()).isZero());
    }

    @Test
    void unknownPathsAreAPlain404() {
        for (String path : List.of("/", "/nope", "/sendMessage/", "/sendMessage/x", "/SENDMESSAGE", "/quickx")) {
            RawHttpClient.Answer answer = get(SANDBOX.sandbox(), path, "user-secret");
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("text/plain");
        }
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void aFormOperationRefusesAnotherContentType() {
        RawHttpClient.Answer answer = RawHttpClient.postBody(SANDBOX.sandbox(), "sendMessage", "user-secret", "application/json",
                "{\"message\":{}}".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.errorMessages()).containsExactly(
                "SC_INVALID_PARAMETER: Content-Type: expected application/x-www-form-urlencoded, got 'application/json'");

        RawHttpClient.Answer noType = RawHttpClient.postBody(SANDBOX.sandbox(), "sendMessage", "user-secret", null,
                ("message=" + RawHttpClient.message("general", "untyped", null)).getBytes(StandardCharsets.UTF_8));
        assertThat(noType.camStatus()).as("no Content-Type is read as a form").isEqualTo(200);
    }

    @Test
    void aFormBodyOverTheLimitIsRefusedNamingTheBody() {
        byte[] body = new byte[SandboxLimits.MAX_FORM_BODY_BYTES + 1];
        Arrays.fill(body, (byte) 'a');
        RawHttpClient.Answer answer = RawHttpClient.postBody(SANDBOX.sandbox(), "sendMessage", "user-secret", RawHttpClient.FORM, body);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorMessages()).containsExactly("SC_INVALID_PARAMETER: body: larger than 16 MiB");
    }

    @Test
    void theRequestLogRecordsTheNineOperations() {
        post(SANDBOX.sandbox(), "sendMessage", "user-secret", "message", RawHttpClient.message("general", "hi", null));
        post(SANDBOX.sandbox(), "sendMessage", "user-secret", "message", "{}");

        assertThat(SANDBOX.sandbox().requests()).satisfiesExactly(
                r -> {
                    assertThat(r.seq()).isEqualTo(1);
                    assertThat(r.method()).isEqualTo("POST");
                    assertThat(r.operation()).isEqualTo("sendMessage");
                    assertThat(r.role()).isEqualTo("USER");
                    assertThat(r.httpStatus()).isEqualTo(200);
                    assertThat(r.camStatus()).isEqualTo(200);
                    assertThat(r.errorCodes()).isEmpty();
                    assertThat(r.fault()).isNull();
                    assertThat(r.requestBytes()).isPositive();
                },
                r -> {
                    assertThat(r.camStatus()).isEqualTo(520);
                    assertThat(r.errorCodes()).containsExactly("400");
                });
    }
}
