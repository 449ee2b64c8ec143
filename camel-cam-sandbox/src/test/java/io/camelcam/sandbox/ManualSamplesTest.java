package io.camelcam.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manual's curl samples, replayed as the exact bytes curl puts on the wire: raw, unencoded form
 * bodies with quotes and UTF-8, the {@code -d @messages.json} body with its newlines stripped (curl does
 * that) and its trailing comma, the {@code -F} multipart upload, the bare GET.
 */
class ManualSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder()
            .userToken("token******").adminToken("admin******").build();

    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

    private static RawHttpClient.RawAnswer curl(String method, String path, String token, List<String> headers, byte[] body) {
        List<String> all = new ArrayList<>();
        all.add("x-cam-apiToken:" + token);
        all.addAll(headers);
        return RawHttpClient.sendBytes(SANDBOX.sandbox(), RawHttpClient.curlRequest(SANDBOX.sandbox(), method, path, all, body));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void getConferenceRoomsAsABareGet() {
        RawHttpClient.RawAnswer answer = curl("GET", "/getConferenceRooms", "token******", List.of(), null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("content-type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(answer.json().path("status").asInt()).isEqualTo(200);
        assertThat(answer.json().path("conferenceRooms")).hasSize(5);
    }

    @Test
    void sendMessageToMessengerWithARawJsonBody() {
        // curl -H "x-cam-apiToken:token******" -d message="{\"panelName\":\"messenger\",...}" ${serverURL}/sendMessage
        byte[] body = utf8("message={\"panelName\":\"messenger\",\"message\":\"Hello\",\"isOpened\":false,"
                + "\"generalPurposes\":{\"users\":\"user1@xxx.com,user2@xxx.com\"}}");
        RawHttpClient.RawAnswer answer = curl("POST", "/sendMessage", "token******", List.of(FORM), body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"status\":200}");
        assertThat(SANDBOX.sandbox().messages()).singleElement().satisfies(m -> {
            assertThat(m.panelName()).isEqualTo("messenger");
            assertThat(m.text()).isEqualTo("Hello");
            assertThat(m.users()).containsExactly("user1@xxx.com", "user2@xxx.com");
        });
    }

    @Test
    void sendMessageToTheJapaneseRoomInRawUtf8() {
        byte[] body = utf8("message={\"panelName\":\"ルーム名\",\"message\":\"Hello\",\"isOpened\":false,"
                + "\"generalPurposes\":{\"users\":\"user1@xxx.com,user2@xxx.com\"}}");
        RawHttpClient.RawAnswer answer = curl("POST", "/sendMessage", "token******", List.of(FORM), body);

        assertThat(answer.text()).isEqualTo("{\"status\":200}");
        assertThat(SANDBOX.sandbox().messagesIn("ルーム名")).singleElement()
                .satisfies(m -> assertThat(m.users()).containsExactly("user1@xxx.com", "user2@xxx.com"));
    }

    @Test
    void sendMessagesFromTheMessagesJsonFile() {
        String file = "messages=[\n"
                + "{\"message\":\"こんにちは 1\",\"property\":{\"users\":\"user1@test.com,user2@test.com\"}},\n"
                + "{\"message\":\"こんにちは 2\",\"property\":{\"users\":\"user1@test.com,user2@test.com\"}},\n"
                + "{\"message\":\"こんにちは 3\",\"property\":{\"users\":\"user1@test.com,user2@test.com\"}},\n"
                + "{\"message\":\"こんにちは 4\",\"property\":{\"users\":\"user1@test.com,user2@test.com\"}},\n"
                + "]\n";
        // curl -d @messages.json strips carriage returns and newlines from the file
        byte[] body = utf8(file.replace("\r", "").replace("\n", ""));
        RawHttpClient.RawAnswer answer = curl("POST", "/sendMessages", "token******", List.of(FORM), body);

        assertThat(answer.text()).isEqualTo("{\"status\":200}");
        assertThat(SANDBOX.sandbox().messages()).extracting(ReceivedMessage::text)
                .containsExactly("こんにちは 1", "こんにちは 2", "こんにちは 3", "こんにちは 4");
        assertThat(SANDBOX.sandbox().messages()).allSatisfy(m -> {
            assertThat(m.panelName()).isEqualTo("messenger");
            assertThat(m.users()).containsExactly("user1@test.com", "user2@test.com");
        });

        RawHttpClient.RawAnswer toRoom = curl("POST", "/sendMessages", "token******", List.of(FORM),
                utf8("messages=[{\"send\": \"test\", \"message\":\"テスト 1\"}]"));
        assertThat(toRoom.text()).isEqualTo("{\"status\":200}");
        assertThat(SANDBOX.sandbox().messagesIn("test")).extracting(ReceivedMessage::text).containsExactly("テスト 1");
    }

    @Test
    void exportUsersWithAPathField() {
        RawHttpClient.RawAnswer answer = curl("POST", "/exportUsers", "admin******", List.of(FORM), utf8("path=exportUsers.csv"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("content-type")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(answer.headers().get("content-disposition")).isEqualTo("attachment; filename=\"exportUsers.csv\"");
        assertThat(answer.text()).startsWith("email,name,password,department,position,phone,role,deleted\r\n")
                .contains("user1@xxx.com,User One,,サンプル,,,user,false\r\n");
    }

    @Test
    void updateUsersCsvAsACurlFileUpload() {
        String boundary = "------------------------d74496d66958873e";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"updateUsers.csv\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "email,name,password,department,position,phone,role,deleted\n"
                + "user1@test.com,テスト ユーザー1,,品質保証部,,,user,false\n"
                + "newcomer@test.com,新人,Passw0rd!,営業部,,,user,false\n"
                + "\r\n--" + boundary + "--\r\n"));
        RawHttpClient.RawAnswer answer = curl("POST", "/updateUsersCSV", "admin******",
                List.of("Content-Type: multipart/form-data; boundary=" + boundary, "Expect: 100-continue"), body.toByteArray());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"status\":200,\"created\":1,\"updated\":1}");
        assertThat(SANDBOX.sandbox().users()).anySatisfy(u -> {
            assertThat(u.email()).isEqualTo("user1@test.com");
            assertThat(u.name()).isEqualTo("テスト ユーザー1");
            assertThat(u.department()).isEqualTo("品質保証部");
        });
    }

    @Test
    void theManualsErrorExampleForAWrongToken() {
        RawHttpClient.RawAnswer answer = curl("GET", "/getConferenceRooms", "wrong", List.of(), null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"status\":520,\"errors\":[{\"code\":\"805\",\"message\":\"SC_INVALID_APITOKEN\"}]}");
    }
}
