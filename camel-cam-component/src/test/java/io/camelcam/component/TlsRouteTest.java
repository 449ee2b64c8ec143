package io.camelcam.component;

import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.client.error.CamConnectException;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS to a sandbox with a self-signed certificate for localhost and 127.0.0.1: trusted through
 * Camel's SSLContextParameters, refused without them, and refused by a name the certificate does
 * not carry. A refused handshake is a CamConnectException: nothing was sent.
 */
class TlsRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder().https(true).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("camTls", sandboxTrust());
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        context.addComponent("cam", cam);
        return context;
    }

    /** What a user configures: a trust store file holding CAM's certificate, through Camel's JSSE utility. */
    private static SSLContextParameters sandboxTrust() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + SANDBOX.sandbox().trustStorePath());
        trustStore.setPassword(SANDBOX.sandbox().trustStorePassword());
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        return tls;
    }

    @Test
    void aTrustStoreGivenAsSslContextParametersConnects() throws Exception {
        try (LogCapture log = LogCapture.open()) {
            assertThat(send("cam:sendMessage?room=ops&sslContextParameters=#camTls", "over TLS").getException()).isNull();
            assertThat(send("cam:getConferenceMaster?sslContextParameters=#camTls", null).getMessage().getBody(java.util.List.class))
                    .hasSize(5);

            assertThat(log.lines()).as("no plain-HTTP warning for https").noneMatch(line -> line.contains("plain HTTP"));
        }
        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("over TLS"));
    }

    @Test
    void theGlobalSslContextParametersServeWhenTheComponentIsToldTo() throws Exception {
        context.setSSLContextParameters(sandboxTrust());
        context.getComponent("cam", CamComponent.class).setUseGlobalSslContextParameters(true);

        assertThat(send("cam:sendMessage?room=ops", "global TLS settings").getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(1);
    }

    @Test
    void anUntrustedCertificateIsRefusedByDefault() throws Exception {
        Exchange out = send("cam:sendMessage?room=ops", "must not leave");

        assertThat(out.getException()).isExactlyInstanceOf(CamConnectException.class).hasCauseInstanceOf(SSLException.class);
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void aHostNameTheCertificateDoesNotNameIsRefused() throws Exception {
        // 127.0.0.2 reaches the sandbox (through a relay, as the sandbox listens on 127.0.0.1 only), but the
        // certificate names only localhost and 127.0.0.1
        try (TcpRelay otherAddress = TcpRelay.start("127.0.0.2", SANDBOX.sandbox().port());
             TcpRelay sameAddress = TcpRelay.start("127.0.0.1", SANDBOX.sandbox().port())) {
            Exchange refused = send("cam:sendMessage?room=ops&sslContextParameters=#camTls&serverUrl=https://127.0.0.2:"
                    + otherAddress.port(), "wrong name");
            Exchange accepted = send("cam:sendMessage?room=ops&sslContextParameters=#camTls&serverUrl=https://localhost:"
                    + sameAddress.port(), "right name");

            assertThat(refused.getException()).isExactlyInstanceOf(CamConnectException.class)
                    .hasCauseInstanceOf(SSLException.class);
            assertThat(otherAddress.accepted()).as("the TCP connection was made; TLS refused it").isPositive();
            assertThat(accepted.getException()).as("the relay itself is transparent").isNull();
        }
        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(m -> m.text()).containsExactly("right name");
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
    }

    private Exchange send(String uri, Object body) throws Exception {
        return template.asyncSend(uri, e -> e.getMessage().setBody(body)).get(120, TimeUnit.SECONDS);
    }
}
