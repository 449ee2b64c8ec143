package io.camelcam.client;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.model.CamMessage;
import io.camelcam.sandbox.internal.tls.SelfSignedCertificate;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which TLS failures mean "the request never left" (CamConnectException, which {@code retryOn=connect}
 * repeats) and which mean "it may have reached CAM" (CamTransportException, never repeated for a write).
 */
class TlsFailuresTest {

    @RegisterExtension
    static final CamSandboxExtension HTTPS_SANDBOX = CamSandboxExtension.builder().https(true).build();

    private static SelfSignedCertificate certificate;

    @BeforeAll
    static void certificate() throws Exception {
        certificate = SelfSignedCertificate.generate();
    }

    @AfterAll
    static void deleteCertificate() {
        certificate.close();
    }

    private static CamClient client(String url, CamHttpTransport transport) {
        return CamClient.builder().serverUrl(url).apiToken(HTTPS_SANDBOX.userToken()).transport(transport)
                .responseTimeout(Duration.ofSeconds(10)).retryPolicy(RetryPolicy.NONE).build();
    }

    private static Throwable failureOf(CamClient client) {
        return assertThatThrownBy(() -> client.sendMessage(CamMessage.toRoom("ops", "tls")).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).actual().getCause();
    }

    @Test
    void anUntrustedCertificateIsAConnectFailureAndNothingReachesCam() {
        try (CamHttpTransport transport = CamHttpTransport.builder().build()) {
            Throwable failure = failureOf(client(HTTPS_SANDBOX.url(), transport));

            assertThat(failure).isExactlyInstanceOf(CamConnectException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class).hasMessageContaining("TLS");
        }
        assertThat(HTTPS_SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void aTlsFailureBeforeTheRequestLeftIsAConnectFailureThoughJsseDoesNotCallItAHandshakeFailure() throws Exception {
        try (TlsBreakingServer server = TlsBreakingServer.beforeTheHandshake(certificate.serverContext());
             CamHttpTransport transport = CamHttpTransport.builder().sslContext(certificate.clientContext()).build()) {
            Throwable failure = failureOf(client(server.url(), transport));

            assertThat(failure).isExactlyInstanceOf(CamConnectException.class).hasCauseInstanceOf(SSLException.class);
            assertThat(failure.getCause()).isNotInstanceOf(SSLHandshakeException.class);
            assertThat(server.requestsRead()).isZero();
        }
    }

    @Test
    void aTlsFailureAfterTheRequestLeftIsAnUnknownOutcome() throws Exception {
        try (TlsBreakingServer server = TlsBreakingServer.afterTheRequest(certificate.serverContext());
             CamHttpTransport transport = CamHttpTransport.builder().sslContext(certificate.clientContext()).build()) {
            Throwable failure = failureOf(client(server.url(), transport));

            assertThat(server.requestsRead()).as("the request reached the server").isEqualTo(1);
            assertThat(failure).isExactlyInstanceOf(CamTransportException.class)
                    .hasCauseInstanceOf(SSLException.class)
                    .hasMessageContaining("outcome unknown");
        }
    }
}
