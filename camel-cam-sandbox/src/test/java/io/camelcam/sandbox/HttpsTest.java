package io.camelcam.sandbox;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpsTest {

    private static CamSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CamSandbox.builder().https(true).start();
    }

    @AfterAll
    static void close() {
        Path trustStore = sandbox.trustStorePath();
        sandbox.close();
        assertThat(trustStore).doesNotExist();
    }

    private static HttpResponse<String> getRooms(HttpClient client) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/getConferenceRooms"))
                .header(RawHttpClient.TOKEN, sandbox.userToken()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHttpsOnLocalhost() throws Exception {
        assertThat(sandbox.url()).isEqualTo("https://localhost:" + sandbox.port());
        HttpClient client = HttpClient.newBuilder().sslContext(sandbox.clientSslContext()).build();
        HttpResponse<String> response = getRooms(client);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"conferenceRooms\"");
    }

    @Test
    void theTrustStoreFileWorksWithItsPassword() throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(sandbox.trustStorePath())) {
            trustStore.load(in, sandbox.trustStorePassword().toCharArray());
        }
        assertThat(trustStore.size()).isOne();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);

        assertThat(getRooms(HttpClient.newBuilder().sslContext(context).build()).statusCode()).isEqualTo(200);
        assertThat(Files.readString(sandbox.certificatePath())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void aClientWithoutTheTrustStoreIsRefused() {
        assertThatThrownBy(() -> getRooms(HttpClient.newHttpClient())).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void restartsWithTheSameCertificate() throws Exception {
        Path trustStore = sandbox.trustStorePath();
        sandbox.restart();
        assertThat(sandbox.trustStorePath()).isEqualTo(trustStore).exists();
        assertThat(getRooms(HttpClient.newBuilder().sslContext(sandbox.clientSslContext()).build()).statusCode()).isEqualTo(200);
    }
}
