package io.camelcam.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.FaultKind;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/sandbox.md's fault and TLS samples, run. */
class SandboxSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void faultsQueueAndClear(CamSandbox sandbox) {
        // tag::faults[]
        sandbox.faults().next(3).status(503);                        // HTTP 503 (500, 502, 503, 504) with a text body
        sandbox.faults().next(1).on("sendMessage").status(500);      // only sendMessage requests count
        sandbox.faults().next(2).tooManyRequests(Duration.ofSeconds(2)); // HTTP 429 + Retry-After: 2 (seconds, rounded up)
        sandbox.faults().next(1).camError("404", "SC_NOT_FOUND");    // HTTP 200 + status 520 with that error
        sandbox.faults().next(1).delay(Duration.ofSeconds(5));       // answered 5 s late
        sandbox.faults().next(1).truncatedJson();                    // Content-Length and body: half of the real one
        sandbox.faults().next(1).dropConnection();                   // full Content-Length announced, half sent, connection closed
        sandbox.faults().next(1).stallBody(Duration.ofSeconds(30));  // full Content-Length announced, half sent, then silence
        sandbox.faults().next(1).cutChunked();                       // chunked, half sent, closed without the last chunk
        sandbox.faults().next(1).oversizedAnswer(512L << 20);        // HTTP 200 JSON of 512 MiB, generated while sent
        sandbox.faults().randomly(0.10, 42L, FaultKind.STATUS_503, FaultKind.DROP_CONNECTION); // until clear()
        sandbox.faults().pending();                                  // ["next 3 requests: HTTP 503", …]
        sandbox.faults().clear();
        // end::faults[]
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void httpsWithTheSandboxesTrustStore() throws Exception {
        // tag::tls[]
        CamSandbox sandbox = CamSandbox.builder().https(true).start();
        HttpClient client = HttpClient.newBuilder().sslContext(sandbox.clientSslContext()).build();
        // or: -Djavax.net.ssl.trustStore=<sandbox.trustStorePath()> -Djavax.net.ssl.trustStorePassword=<sandbox.trustStorePassword()>
        // curl: curl --cacert <sandbox.certificatePath()> https://localhost:<port>/getConferenceRooms
        // end::tls[]
        try {
            HttpResponse<String> rooms = client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/getConferenceRooms"))
                    .header("x-cam-apiToken", sandbox.userToken()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rooms.statusCode()).isEqualTo(200);
            assertThat(sandbox.url()).startsWith("https://localhost:");
        } finally {
            sandbox.close();
        }
    }
}
