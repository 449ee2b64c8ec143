package io.camelcam.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends, the answer is a CAM answer (or a 405), never an HTTP 500. */
class MalformedRequestsTest {

    private static final List<String> OPERATIONS = List.of("sendMessage", "sendMessages", "createQuickCall", "exportUsers",
            "updateUsersCSV", "updateChatRoom", "getConferenceRooms", "getConferenceMaster", "getConferenceRoomStatus");
    private static final List<String> FIELDS = List.of("message", "messages", "expireTime", "password", "path", "file",
            "chatRoom", "date");
    private static final List<String> CONTENT_TYPES = List.of(RawHttpClient.FORM, "multipart/form-data; boundary=xyz",
            "multipart/form-data; boundary=", "multipart/form-data", "application/json", "text/plain; charset=Shift_JIS",
            ";;;", "multipart/form-data; boundary=\"unterminated");
    private static final List<String> JSONISH = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999",
            "-0", "\\u0000", "\\ud800", "\"panelName\"", "\"message\"", "\"users\"", "\"send\"", "\"property\"",
            "\"generalPurposes\"", "\"memberUids\"", "\"id\"", "\"name\"", "\"isOpened\"", "messenger", "general",
            "a@b.co", "%", "+", "&", "=", "ルーム", "🎉", "\r\n", "--xyz", "9999999999999999999999");

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void randomFormsAndBodiesNeverCauseA500() {
        Random random = new Random(20261102);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
            String token = random.nextInt(10) == 0 ? "nope" : SANDBOX.adminToken();
            byte[] body = switch (random.nextInt(4)) {
                case 0 -> randomBytes(random);
                case 1 -> RawHttpClient.form(RawHttpClient.fields(FIELDS.get(random.nextInt(FIELDS.size())), jsonish(random)))
                        .getBytes(StandardCharsets.UTF_8);
                case 2 -> (FIELDS.get(random.nextInt(FIELDS.size())) + "=" + jsonish(random)).getBytes(StandardCharsets.UTF_8);
                default -> multipartish(random);
            };
            String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            RawHttpClient.Answer answer = RawHttpClient.postBody(SANDBOX.sandbox(), operation, token, contentType, body);
            if (answer.status() != 200 || !answer.body().startsWith("{\"status\":") && !answer.body().startsWith("email,")) {
                failures.add(operation + " " + contentType + " -> " + answer.status() + " " + answer.body());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(SANDBOX.sandbox().requests()).noneMatch(r -> r.httpStatus() >= 500);
    }

    @Test
    void pathologicalJsonIsRefusedAsInvalid() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String operation : List.of("sendMessages", "sendMessage", "updateChatRoom")) {
            String field = operation.equals("sendMessages") ? "messages" : operation.equals("sendMessage") ? "message" : "chatRoom";
            RawHttpClient.Answer answer = RawHttpClient.post(SANDBOX.sandbox(), operation, SANDBOX.userToken(), field, deep);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.errorCodes()).containsExactly("400");
        }
        RawHttpClient.Answer hugeNumber = RawHttpClient.post(SANDBOX.sandbox(), "createQuickCall", SANDBOX.userToken(),
                "expireTime", "9".repeat(5000));
        assertThat(hugeNumber.errorCodes()).containsExactly("400");
    }

    @Test
    void malformedHttpLeavesTheServerServing() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            try (Socket socket = new Socket("127.0.0.1", SANDBOX.sandbox().port())) {
                socket.setSoTimeout(5000);
                OutputStream out = socket.getOutputStream();
                out.write(i % 2 == 0 ? randomBytes(random)
                        : ("POST /sendMessage HTTP/1.1\r\nContent-Length: -5\r\nTransfer-Encoding: bogus\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
                socket.getInputStream().readAllBytes();
            } catch (IOException reset) {
                // the server may drop a connection that does not speak HTTP
            }
        }
        assertThat(RawHttpClient.get(SANDBOX.sandbox(), "/getConferenceRooms", SANDBOX.userToken()).camStatus()).isEqualTo(200);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String jsonish(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            s.append(JSONISH.get(random.nextInt(JSONISH.size())));
        }
        return s.toString();
    }

    private static byte[] multipartish(Random random) {
        String[] pieces = {"--xyz", "\r\n", "Content-Disposition: form-data; name=\"file\"", "\r\n\r\n", "email,name",
                "a@b.co,A", "--xyz--", "name=\"other\"", "\n", "email", ",", "\"", "\u00ff"};
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }
}
