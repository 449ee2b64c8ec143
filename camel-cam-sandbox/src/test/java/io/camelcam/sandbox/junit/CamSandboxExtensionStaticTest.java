package io.camelcam.sandbox.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of the docs, and what a static-field extension promises: one sandbox, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CamSandboxExtensionStaticTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static CamSandbox first;

    @Test
    @Order(1)
    void sendsAMessage(CamSandbox sandbox) throws Exception {
        first = sandbox;
        assertThat(sandbox).isSameAs(SANDBOX.sandbox());
        assertThat(SANDBOX.url()).isEqualTo(sandbox.url());
        assertThat(SANDBOX.userToken()).isEqualTo(CamSandbox.DEFAULT_USER_TOKEN);
        assertThat(SANDBOX.adminToken()).isEqualTo(CamSandbox.DEFAULT_ADMIN_TOKEN);

        HttpRequest request = HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/sendMessage"))
                .header("x-cam-apiToken", SANDBOX.userToken())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("message=%7B%22panelName%22%3A%22general%22%2C%22message%22%3A%22hi%22%7D"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("{\"status\":200}");
        assertThat(sandbox.messagesIn("general")).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("hi"));
        sandbox.faults().next(1).status(503);
    }

    @Test
    @Order(2)
    void theNextTestSeesTheSameSandboxReset(CamSandbox sandbox) {
        assertThat(sandbox).isSameAs(first);
        assertThat(sandbox.isRunning()).isTrue();
        assertThat(sandbox.messages()).isEmpty();
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterSandbox(CamSandbox sandbox) {
            assertThat(sandbox).isSameAs(SANDBOX.sandbox());
            assertThat(sandbox.isRunning()).isTrue();
        }
    }
}
