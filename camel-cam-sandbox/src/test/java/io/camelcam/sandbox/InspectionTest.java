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
    void thePageIsServedByTheSandboxAloneAndMayRunOnlyItsOwnScript() {
        RawHttpClient.Answer page = get(SANDBOX.sandbox(), "/_sandbox/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("default-src 'self'");
        assertThat(page.body()).contains("<script src=\"/_sandbox/page.js\" defer></script>")
                .contains("href=\"/_sandbox/page.css\"")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        assertThat(get(SANDBOX.sandbox(), "/_sandbox", null).body()).isEqualTo(page.body());

        RawHttpClient.Answer script = get(SANDBOX.sandbox(), "/_sandbox/page.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).isEqualTo("text/javascript; charset=UTF-8");
        assertThat(script.body()).contains("/_sandbox/api/watch").doesNotContain("innerHTML").doesNotContain("https://");
        RawHttpClient.Answer style = get(SANDBOX.sandbox(), "/_sandbox/page.css", null);
        assertThat(style.header("Content-Type")).isEqualTo("text/css; charset=UTF-8");
        assertThat(style.body()).contains("Noto Sans CJK JP").doesNotContain("@import").doesNotContain("url(");
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/other.js", null).status()).isEqualTo(404);
    }

    @Test
    void theWatchViewGivesOnlyNewMessagesAtMostPerRoomAndTellsOfAReset() {
        send("general", "one <b>", null);
        send("general", "two", "carol@example.com");
        send("general", "three", null);
        send("ルーム名", "会議室Aの予約", "user1@xxx.com");
        send("messenger", "direct", "alice@example.com,bob@example.com");

        JsonNode first = api("watch?perRoom=2");
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("messages")).extracting(m -> m.path("text").asText())
                .containsExactly("two", "three", "会議室Aの予約", "direct");
        JsonNode two = first.path("messages").get(0);
        assertThat(two.path("panelName").asText()).isEqualTo("general");
        assertThat(two.path("users").get(0).asText()).isEqualTo("carol@example.com");
        assertThat(two.path("sealed").asBoolean()).isFalse();
        long generation = first.path("generation").asLong();

        send("general", "four", null);
        JsonNode next = api("watch?after=5&generation=" + generation);
        assertThat(next.path("reset").asBoolean()).isFalse();
        assertThat(next.path("messages")).extracting(m -> m.path("text").asText()).containsExactly("four");

        SANDBOX.sandbox().reset();
        send("general", "after the reset", null);
        JsonNode afterReset = api("watch?after=6&generation=" + generation);
        assertThat(afterReset.path("reset").asBoolean()).isTrue();
        assertThat(afterReset.path("messages")).extracting(m -> m.path("text").asText()).containsExactly("after the reset");
    }

    @Test
    void theWatchViewCarriesTheCalendarQuickCallsRequestsAndFaults() {
        post(SANDBOX.sandbox(), "createQuickCall", SANDBOX.userToken(), "expireTime",
                Long.toString(System.currentTimeMillis() + 60_000), "password", "hunter2");
        SANDBOX.sandbox().faults().next(2).status(503);

        JsonNode watch = api("watch?from=2026-11-02&days=7");
        assertThat(watch.path("from").asText()).isEqualTo("2026-11-02");
        assertThat(watch.path("reservations")).isNotEmpty().allSatisfy(r ->
                assertThat(r.path("start").asText()).isBetween("2026-11-02", "2026-11-09"));
        assertThat(watch.path("conferenceRooms")).hasSize(5);
        assertThat(watch.path("quickCalls")).singleElement().satisfies(q -> {
            assertThat(q.path("passwordSet").asBoolean()).isTrue();
            assertThat(q.path("expired").asBoolean()).isFalse();
        });
        assertThat(watch.toString()).doesNotContain("hunter2").doesNotContain(SANDBOX.userToken());
        assertThat(watch.path("requests")).singleElement()
                .satisfies(r -> assertThat(r.path("operation").asText()).isEqualTo("createQuickCall"));
        assertThat(watch.path("faults")).singleElement().satisfies(f -> assertThat(f.asText()).contains("503"));
        assertThat(watch.path("today").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void theWatchViewRefusesOutOfBoundsParametersByName() {
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/watch?perRoom=201", null).json().path("error").asText())
                .isEqualTo("perRoom must be between 1 and 200, got 201");
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/watch?days=8", null).json().path("error").asText())
                .isEqualTo("days must be between 1 and 7, got 8");
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/watch?after=x", null).json().path("error").asText())
                .isEqualTo("after must be a whole number, got 'x'");
        RawHttpClient.Answer badDate = get(SANDBOX.sandbox(), "/_sandbox/api/watch?from=2026-13-01", null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("error").asText()).startsWith("from must be a date like 2026-11-02");
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
