package io.camelcam.component;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import io.camelcam.client.CamClient;
import io.camelcam.client.error.CamValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token and quick-call passwords appear in no log line (our packages and HttpClient's
 * header log at DEBUG), exception message, toString() or endpoint URI as Camel shows it.
 */
class SecretsTest extends CamTestSupport {

    static final String PASSWORD = "pw-Very-Secret-42";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("cam:sendMessage?room=ops&apiToken={{cam.token}}");
                from("direct:call").routeId("call").to("cam:createQuickCall?password=" + PASSWORD);
                from("direct:export").routeId("export").to("cam:exportUsers?apiToken={{cam.adminToken}}");
                from("direct:wrong").routeId("wrong").to("cam:sendMessage?room=ops&apiToken=not-the-token");
            }
        };
    }

    @Test
    void secretsNeverLeak() throws Exception {
        List<String> seen = new ArrayList<>();
        try (LogCapture log = LogCapture.open()) {
            seen.add(send("direct:send", "hello").toString());
            seen.add(String.valueOf(send("direct:call", Map.of("password", PASSWORD)).getMessage().getBody()));
            seen.add(String.valueOf(send("direct:call", null).getMessage().getBody()));
            try (InputStream csv = send("direct:export", null).getMessage().getBody(InputStream.class)) {
                csv.readAllBytes();
            }
            Exchange wrong = send("direct:wrong", "x");
            seen.add(wrong.getException().getMessage());
            Exchange badPassword = send("direct:call", Map.of("password", PASSWORD + "\n"));
            assertThat(badPassword.getException()).isInstanceOf(CamValidationException.class);
            seen.add(badPassword.getException().getMessage());
            for (Endpoint endpoint : context.getEndpoints()) {
                seen.add(endpoint.toString());
                seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                if (endpoint instanceof CamEndpoint cam) {
                    seen.add(cam.getConfiguration().toString());
                    CamClient client = cam.getClient();
                    seen.add(String.valueOf(client));
                }
            }
            seen.addAll(log.lines());

            // the capture really saw HttpClient's header log, with the token header masked
            assertThat(log.lines()).anyMatch(line -> line.contains("x-cam-apiToken: ******"));
        }

        assertThat(seen).isNotEmpty().noneMatch(s -> s.contains(SANDBOX.userToken()))
                .noneMatch(s -> s.contains(SANDBOX.adminToken()))
                .noneMatch(s -> s.contains(PASSWORD));
        assertThat(SANDBOX.sandbox().quickCalls()).hasSize(2);
    }

    @Test
    void tokenErrorsNeverEchoTheValue() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> template.send("cam:sendMessage?room=ops&apiToken=RAW(leaky token)", e -> e.getMessage().setBody("x")));

        assertThat(failure).hasMessageContaining("apiToken").hasMessageNotContaining("leaky");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain("leaky");
        }
    }

    @Test
    void camelTreatsTheTokenOptionAsSensitiveWhereItLogsConfiguration() {
        // what camel-main asks before printing "camel.component.cam.apiToken = ..." at start
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.apiToken")).isTrue();
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.api-token")).isTrue();
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.serverUrl")).isFalse();
        // camel-main's placeholder summary asks too: the docs' name for the administrator's token
        assertThat(CamelContextHelper.containsSensitive(context, "cam.admin-token")).isTrue();
    }

    @Test
    void keywordsAlreadyConfiguredAreKept() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.getCamelContextExtension().setAdditionalSensitiveKeywords("licenseKey");
            other.addComponent("cam", new CamComponent());

            assertThat(other.getCamelContextExtension().getAdditionalSensitiveKeywords())
                    .isEqualTo("licenseKey,apitoken,admintoken");
            assertThat(CamelContextHelper.containsSensitive(other, "my.license-key")).isTrue();
        }
    }
}
