package io.camelcam.sandbox;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.camelcam.sandbox.RawHttpClient.get;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CamSandboxTest {

    @Test
    void stopsAndStartsAgainOnTheSamePortKeepingState() {
        try (CamSandbox sandbox = CamSandbox.builder().build()) {
            assertThat(sandbox.isRunning()).isFalse();
            assertThatThrownBy(sandbox::url).isInstanceOf(IllegalStateException.class);

            sandbox.start();
            int port = sandbox.port();
            assertThat(sandbox.url()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(post(sandbox, "sendMessage", sandbox.userToken(), "message", RawHttpClient.message("general", "before", null))
                    .camStatus()).isEqualTo(200);

            sandbox.stop();
            assertThat(sandbox.isRunning()).isFalse();
            assertThatThrownBy(() -> get(sandbox, "/getConferenceRooms", sandbox.userToken()))
                    .hasCauseInstanceOf(ConnectException.class);

            sandbox.start();
            assertThat(sandbox.port()).isEqualTo(port);
            assertThat(get(sandbox, "/getConferenceRooms", sandbox.userToken()).camStatus()).isEqualTo(200);
            sandbox.restart();
            assertThat(sandbox.port()).isEqualTo(port);
            assertThat(post(sandbox, "sendMessage", sandbox.userToken(), "message", RawHttpClient.message("general", "after", null))
                    .camStatus()).isEqualTo(200);
            assertThat(sandbox.messages()).extracting(ReceivedMessage::text).containsExactly("before", "after");
            assertThat(sandbox.toString()).isEqualTo("CamSandbox[http://127.0.0.1:" + port + "]").doesNotContain(sandbox.userToken());
        }
    }

    @Test
    void listensOnAChosenPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (CamSandbox sandbox = CamSandbox.builder().port(port).userToken("u").adminToken("a").start()) {
            assertThat(sandbox.port()).isEqualTo(port);
            assertThat(get(sandbox, "/getConferenceMaster", "u").camStatus()).isEqualTo(200);
        }
    }

    @Test
    @Timeout(30)
    void stopClosesConnectionsPromptlyEvenDuringADelay() throws Exception {
        try (CamSandbox sandbox = CamSandbox.builder().start()) {
            sandbox.faults().next(1).delay(Duration.ofSeconds(60));
            CompletableFuture<HttpResponse<String>> pending = RawHttpClient.CLIENT.sendAsync(
                    HttpRequest.newBuilder(URI.create(sandbox.url() + "/getConferenceRooms"))
                            .header(RawHttpClient.TOKEN, sandbox.userToken()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            while (sandbox.requests().isEmpty()) {
                Thread.sleep(10);
            }
            sandbox.stop();
            assertThatThrownBy(() -> pending.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void aClosedSandboxStaysClosed() {
        CamSandbox sandbox = CamSandbox.builder().start();
        sandbox.close();
        assertThat(sandbox.isRunning()).isFalse();
        assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);
        sandbox.close();
    }

    @Test
    void resetReturnsToTheSeed() {
        try (CamSandbox sandbox = CamSandbox.builder().start()) {
            post(sandbox, "sendMessage", sandbox.userToken(), "message", RawHttpClient.message("general", "x", null));
            post(sandbox, "createQuickCall", sandbox.userToken(), "expireTime", Long.toString(System.currentTimeMillis() + 60_000));
            sandbox.createChatRoom("temporary");
            sandbox.putUser(new SandboxUser(null, "temp@example.com", "Temp", null, null, null, null, false));
            sandbox.faults().next(5).status(503);

            sandbox.reset();

            assertThat(sandbox.messages()).isEmpty();
            assertThat(sandbox.messageCount()).isZero();
            assertThat(sandbox.requests()).isEmpty();
            assertThat(sandbox.quickCalls()).isEmpty();
            assertThat(sandbox.faults().pending()).isEmpty();
            assertThat(sandbox.chatRooms()).extracting(SandboxChatRoom::name).containsExactly("general", "ops", "test", "ルーム名");
            assertThat(sandbox.users()).extracting(SandboxUser::email).containsExactly(
                    "admin@example.com", "alice@example.com", "bob@example.com", "carol@example.com", "oncall@example.com",
                    "user1@xxx.com", "user2@xxx.com", "user1@test.com", "user2@test.com");
            assertThat(sandbox.users()).extracting(SandboxUser::role).containsOnly("user", "admin");
        }
    }

    @Test
    void validatesTheBuilder() {
        assertThatThrownBy(() -> CamSandbox.builder().userToken("same").adminToken("same").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CamSandbox.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CamSandbox.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CamSandbox.builder().userToken(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CamSandbox.builder().build().trustStorePath()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void userIdsAreStableAndDerivedFromTheEmail() {
        try (CamSandbox one = CamSandbox.builder().build(); CamSandbox two = CamSandbox.builder().build()) {
            assertThat(one.users()).isEqualTo(two.users());
            assertThat(one.users()).allSatisfy(u -> assertThat(u.id()).matches("[0-9a-z]{20}"));
            SandboxUser stored = one.putUser(new SandboxUser(null, "Zed@Example.com", "Zed", null, null, null, null, false));
            SandboxUser again = two.putUser(new SandboxUser(null, "zed@example.com", "Zed", null, null, null, "admin", false));
            assertThat(stored.id()).isEqualTo(again.id());
            assertThat(stored.role()).isEqualTo("user");
            assertThatThrownBy(() -> one.putUser(new SandboxUser(null, "nope", null, null, null, null, null, false)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> one.putUser(new SandboxUser(null, "a@b.co", null, null, null, null, "root", false)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
