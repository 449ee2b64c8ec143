package io.camelcam.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.get;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

class InspectionTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static JsonNode api(String path) {
        RawHttpClient.Answer answer = get(SANDBOX.sandbox(), "/_sandbox/api/" + path, null);
        assertThat(answer.status()).as(path).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        return answer.json();
    }

    private static void send(String panel, String text, String users) {
        assertThat(post(SANDBOX.sandbox(), "sendMessage", SANDBOX.userToken(), "message", RawHttpClient.message(panel, text, users))
                .camStatus()).isEqualTo(200);
    }

    @Test
    void thePageEscapesEverythingAndRefreshes() {
        send("general", "<script>alert('x')</script> & \"quotes\"", null);
        send("messenger", "direct <b>bold</b>", "alice@example.com");

        RawHttpClient.Answer page = get(SANDBOX.sandbox(), "/_sandbox/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.body())
                .contains("<meta http-equiv=\"refresh\" content=\"2\">")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .contains("direct &lt;b&gt;bold&lt;/b&gt;")
                .contains("ルーム名")
                .doesNotContain("<script>")
                .doesNotContain("<b>bold");
        assertThat(get(SANDBOX.sandbox(), "/_sandbox", null).status()).isEqualTo(200);
    }

    @Test
    void listsMessagesByRoomWithALimit() {
        send("general", "one", null);
        send("general", "two", null);
        send("messenger", "three", "bob@example.com");

        JsonNode all = api("messages");
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("messages")).hasSize(3);
        JsonNode last = api("messages?room=general&limit=1").path("messages");
        assertThat(last).hasSize(1);
        assertThat(last.get(0).path("text").asText()).isEqualTo("two");
        assertThat(last.get(0).path("receivedAt").asText()).endsWith("Z");
        assertThat(api("messages?room=messenger").path("messages").get(0).path("users").get(0).asText()).isEqualTo("bob@example.com");
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/messages?limit=-1", null).status()).isEqualTo(400);
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/messages?limit=lots", null).json().path("error").asText())
                .isEqualTo("limit must be a whole number");
    }

    @Test
    void showsRoomsUsersRequestsConferenceRoomsReservationsAndQuickCalls() {
        send("general", "x", null);
        post(SANDBOX.sandbox(), "createQuickCall", SANDBOX.userToken(), "expireTime",
                Long.toString(System.currentTimeMillis() + 60_000), "password", "hunter2");

        assertThat(api("rooms").path("chatRooms").get(0).path("name").asText()).isEqualTo("general");
        assertThat(api("users?limit=2").path("users")).hasSize(2);
        assertThat(api("users").path("users").get(0).path("email").asText()).isEqualTo("admin@example.com");
        JsonNode requests = api("requests").path("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("operation").asText()).isEqualTo("sendMessage");
        assertThat(requests.get(0).path("role").asText()).isEqualTo("USER");
        assertThat(requests.toString()).doesNotContain(SANDBOX.userToken());
        assertThat(api("conference-rooms").path("conferenceRooms")).hasSize(5);
        assertThat(api("reservations?month=202611").path("reservations").get(0).path("id").asText()).startsWith("R202611-");
        assertThat(api("quick-calls").toString()).contains("\"passwordSet\":true").doesNotContain("hunter2");

        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/reservations", null).status()).isEqualTo(400);
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/reservations?month=202613", null).status()).isEqualTo(400);
    }

    @Test
    void resetsOverHttp() {
        send("general", "x", null);
        RawHttpClient.Answer answer = RawHttpClient.send(HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/_sandbox/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/reset", null).status()).isEqualTo(405);
    }

    @Test
    void refusesOtherMethodsAndPaths() {
        RawHttpClient.Answer post = RawHttpClient.send(HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/_sandbox/api/rooms"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
        assertThat(RawHttpClient.method(SANDBOX.sandbox(), "PUT", "/_sandbox/faults", null).status()).isEqualTo(405);
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/nothing", null).status()).isEqualTo(404);
        assertThat(get(SANDBOX.sandbox(), "/_sandboxes", null).status()).isEqualTo(404);
    }
}
