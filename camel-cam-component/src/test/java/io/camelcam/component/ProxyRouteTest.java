package io.camelcam.component;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelcam.client.CamHttpClientConfigurer;
import io.camelcam.client.error.CamProxyAuthenticationException;
import io.camelcam.client.error.CamValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reaching CAM through an HTTP proxy started by the test, with and without Basic authentication;
 * the proxy password shows nowhere: not in URIs, exceptions, the component's figures or its console.
 */
class ProxyRouteTest extends CamTestSupport {

    static final String USER = "alice";
    static final String PASSWORD = "proxy-Pa55word-77";

    private ForwardingProxy proxy;

    @AfterEach
    void stopProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
    }

    /** A component of its own for the proxy, so no URI ever holds the proxy password. */
    private CamComponent proxied(String name, String username, String password) {
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        cam.getConfiguration().setProxyHost("127.0.0.1");
        cam.getConfiguration().setProxyPort(proxy.port());
        cam.getConfiguration().setProxyUsername(username);
        cam.getConfiguration().setProxyPassword(password);
        context.addComponent(name, cam);
        return cam;
    }

    @Test
    void sendsThroughAProxyWithoutCredentials() throws Exception {
        proxy = new ForwardingProxy(null, null);
        proxied("camProxy", null, null);

        Exchange sent = send("camProxy:sendMessage?room=ops", "through the proxy");

        assertThat(sent.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("through the proxy"));
        assertThat(proxy.forwarded()).isEqualTo(1);
    }

    @Test
    void sendsThroughAProxyThatWantsCredentialsAndShowsThePasswordNowhere() throws Exception {
        proxy = new ForwardingProxy(USER, PASSWORD);
        CamComponent cam = proxied("camProxy", USER, PASSWORD);

        Exchange sent = send("camProxy:sendMessage?room=ops", "with credentials");

        assertThat(sent.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(1);
        assertThat(proxy.forwarded()).isEqualTo(1);
        DevConsole console = DevConsoleRegistry.get(context).resolveById("cam");
        String seen = cam.transportStatus() + " " + console.call(DevConsole.MediaType.TEXT) + " "
                + console.call(DevConsole.MediaType.JSON) + " " + context.getEndpoints();
        assertThat(seen).contains("proxy 127.0.0.1:" + proxy.port() + " as alice").doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordFailsWithAProxyAuthenticationError() throws Exception {
        proxy = new ForwardingProxy(USER, PASSWORD);
        String wrong = "not-the-" + PASSWORD;
        proxied("camProxy", USER, wrong);

        Exchange sent = send("camProxy:sendMessage?room=ops", "refused");

        assertThat(sent.getException()).isInstanceOf(CamProxyAuthenticationException.class)
                .hasMessageContaining("407").hasMessageContaining("proxyPassword");
        assertThat(String.valueOf(sent.getException())).doesNotContain(wrong);
        assertThat(proxy.refused()).isPositive();
        assertThat(proxy.forwarded()).isZero();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).isEmpty();
    }

    @Test
    void theOneHttpClientConfigurerOfTheRegistryIsAutowiredAndSeesEveryCall() throws Exception {
        AtomicInteger intercepted = new AtomicInteger();
        context.getRegistry().bind("corporateHttpClient", CamHttpClientConfigurer.class,
                (CamHttpClientConfigurer) builder -> builder.addRequestInterceptorFirst(
                        (request, entity, httpContext) -> intercepted.incrementAndGet()));
        // Camel autowires a component when it is added under its own name (its configurer is found by it)
        context.removeComponent("cam");
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        context.addComponent("cam", cam);

        Exchange sent = send("cam:sendMessage?room=ops", "intercepted");

        assertThat(sent.getException()).isNull();
        assertThat(cam.getHttpClientConfigurer()).isNotNull();
        assertThat(intercepted).hasValue(1);
    }

    @Test
    void proxyOptionsAreCheckedBeforeAnythingIsSent() throws Exception {
        proxy = new ForwardingProxy(null, null);
        Map<String, String> cases = Map.of(
                "proxyHost=127.0.0.1&proxyPort=70000", "option proxyPort",
                "proxyUsername=alice", "option proxyUsername",
                "proxyHost=127.0.0.1&proxyPassword=secret", "option proxyPassword",
                "proxyHost=127.0.0.1&proxyUsername=alice", "option proxyUsername");
        cases.forEach((options, named) -> assertThatThrownBy(() -> context.getEndpoint("cam:sendMessage?room=ops&" + options)
                .createProducer().start())
                .satisfies(e -> assertThat(CamEndpointTest.validationCause(e)).isInstanceOf(CamValidationException.class)
                        .hasMessageContaining(named)));
        assertThat(proxy.forwarded()).isZero();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).isEmpty();
    }
}
