package io.camelcam.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxOverHttpTest {

    @RegisterExtension
    static CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void postsToGeneral(CamSandbox sandbox) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/sendMessage"))
                .header("x-cam-apiToken", SANDBOX.userToken())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "message=%7B%22panelName%22%3A%22general%22%2C%22message%22%3A%22hi%22%7D"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("{\"status\":200}");
        assertThat(sandbox.messagesIn("general")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("hi"));
    }
}
