package io.camelcam.component;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.DumpRoutesStrategy;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

import io.camelcam.client.CamClient;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The API token and quick-call passwords appear in no log line (our packages, HttpClient's header
 * and wire logs at DEBUG), exception message, toString(), endpoint URI as Camel shows it (endpoint
 * registry, JMX, message history), readiness-check result, or route dump of a configuration that
 * keeps secrets out of URIs: tokens on the component, one component instance per token, passwords in
 * the message body.
 */
class SecretsTest extends CamTestSupport {

    static final String PASSWORD = "pw-Very-Secret-42";

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the administrator token lives on a second instance of the component, not in a URI
        CamComponent admin = new CamComponent();
        admin.getConfiguration().setServerUrl(SANDBOX.url());
        admin.getConfiguration().setApiToken(SANDBOX.adminToken());
        context.addComponent("camAdmin", admin);
        // the readiness checks ask CAM on every call, so each result below is fresh
        context.getComponent("cam", CamComponent.class).setHealthCheckInterval(0);
        admin.setHealthCheckInterval(0);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("cam:sendMessage?room=ops");
                from("direct:call").routeId("call").to("cam:createQuickCall");
                from("direct:export").routeId("export").to("camAdmin:exportUsers");
                from("direct:wrong").routeId("wrong").to("cam:sendMessage?room=ops&apiToken=not-the-token");
            }
        };
    }

    /** Secrets written straight into URIs, as users will do: Camel masks them wherever it shows an endpoint. */
    private void addRoutesWithSecretsInTheirUris() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:literalPassword").routeId("literalPassword").to("cam:createQuickCall?password=" + PASSWORD);
                from("direct:placeholderToken").routeId("placeholderToken").to("cam:sendMessage?room=ops&apiToken={{cam.token}}");
                from("direct:adminInUri").routeId("adminInUri").to("cam:exportUsers?apiToken={{cam.adminToken}}");
            }
        });
    }

    @Test
    void secretsNeverLeak() throws Exception {
        addRoutesWithSecretsInTheirUris();
        List<String> seen = new ArrayList<>();
        try (LogCapture log = LogCapture.open()) {
            seen.add(send("direct:send", "hello").toString());
            seen.add(send("direct:placeholderToken", "hello").toString());
            seen.add(String.valueOf(send("direct:call", Map.of("password", PASSWORD)).getMessage().getBody()));
            seen.add(String.valueOf(send("direct:literalPassword", null).getMessage().getBody()));
            for (String route : List.of("direct:export", "direct:adminInUri")) {
                try (InputStream csv = send(route, null).getMessage().getBody(InputStream.class)) {
                    csv.readAllBytes();
                }
            }
            Exchange wrong = send("direct:wrong", "x");
            seen.add(wrong.getException().getMessage());
            Exchange badPassword = send("direct:call", Map.of("password", PASSWORD + "\n"));
            assertThat(badPassword.getException()).isInstanceOf(CamValidationException.class);
            seen.add(badPassword.getException().getMessage());
            seen.add(badPassword.toString());
            // an exhausted failure makes Camel's error handler log the message history, endpoint URIs included
            SANDBOX.sandbox().faults().next(2).status(503);
            seen.add(String.valueOf(send("direct:literalPassword", null).getException()));
            seen.add(String.valueOf(send("direct:placeholderToken", "x").getException()));

            for (Endpoint endpoint : context.getEndpoints()) {
                seen.add(endpoint.toString());
                seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                if (endpoint instanceof CamEndpoint cam) {
                    seen.add(cam.getConfiguration().toString());
                    CamClient client = cam.getClient();
                    seen.add(String.valueOf(client));
                    seen.add(String.valueOf(client.getTransport()));
                }
            }
            context.getEndpointRegistry().values().forEach(endpoint -> seen.add(endpoint.toString()));
            seen.addAll(jmxEndpointListing());
            seen.add(context.getComponent("cam", CamComponent.class).transportStatus().toString());
            seen.addAll(log.lines());

            // the capture really saw the message history and HttpClient's header log, the token masked
            assertThat(log.lines()).anyMatch(line -> line.contains("Message History"));
            assertThat(log.lines()).anyMatch(line -> line.contains("x-cam-apiToken: ******"));
        }

        assertThat(seen).isNotEmpty().noneMatch(s -> s.contains(SANDBOX.userToken()))
                .noneMatch(s -> s.contains(SANDBOX.adminToken()))
                .noneMatch(s -> s.contains(PASSWORD));
        assertThat(SANDBOX.sandbox().quickCalls()).hasSize(2);
    }

    /** Endpoints as JMX lists them: each endpoint's URI and each producer's destination. */
    private List<String> jmxEndpointListing() throws Exception {
        MBeanServer jmx = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        List<String> listing = new ArrayList<>();
        for (ObjectName name : jmx.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
            listing.add(name + " " + jmx.getAttribute(name, "EndpointUri"));
        }
        for (ObjectName name : jmx.queryNames(new ObjectName("org.apache.camel:type=processors,*"), null)) {
            boolean sends = java.util.Arrays.stream(jmx.getMBeanInfo(name).getAttributes())
                    .anyMatch(attribute -> attribute.getName().equals("Destination"));
            if (sends) {
                listing.add(name + " " + jmx.getAttribute(name, "Destination"));
            }
        }
        assertThat(listing).as("JMX lists the cam endpoints").anyMatch(line -> line.contains("cam://createQuickCall"));
        return listing;
    }

    @Test
    void routeDumpsOfAConfigurationWithoutSecretsInUrisHoldNone() {
        DumpRoutesStrategy dump = context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class);
        assertThat(dump.isResolvePlaceholders()).as("Camel's default: placeholders resolved").isTrue();
        List<String> lines;
        try (LogCapture log = LogCapture.open()) {
            dump.dumpRoutes("xml");
            dump.dumpRoutes("yaml");
            lines = log.lines();
        }

        assertThat(String.join("\n", lines)).contains("camAdmin:exportUsers").contains("uri: camAdmin")
                .doesNotContain(SANDBOX.userToken()).doesNotContain(SANDBOX.adminToken()).doesNotContain(PASSWORD);
    }

    @Test
    void unresolvedRouteDumpsShowThePlaceholderNotTheToken() throws Exception {
        addRoutesWithSecretsInTheirUris();
        RouteDefinition route = route("placeholderToken");

        String xml = PluginHelper.getModelToXMLDumper(context).dumpModelAsXml(context, route);
        String yaml = PluginHelper.getModelToYAMLDumper(context).dumpModelAsYaml(context, route);

        assertThat(xml).contains("apiToken={{cam.token}}").doesNotContain(SANDBOX.userToken());
        assertThat(yaml).contains("{{cam.token}}").doesNotContain(SANDBOX.userToken());
    }

    /**
     * Why docs/reliability.md says to keep secrets out of endpoint URIs: a route dump that resolves
     * placeholders (DumpRoutesStrategy's default, camel.main.dumpRoutes) prints what a URI holds. If
     * Camel ever masks secret options there, this fails and the docs can relax.
     */
    @Test
    void camelsResolvingRouteDumpPrintsATokenWrittenIntoAUri() throws Exception {
        addRoutesWithSecretsInTheirUris();

        String xml = PluginHelper.getModelToXMLDumper(context).dumpModelAsXml(context, route("placeholderToken"), true, true, false);

        assertThat(xml).contains("apiToken=" + SANDBOX.userToken());
    }

    private RouteDefinition route(String id) {
        return context.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinition(id);
    }

    @Test
    void httpClientsWireLogStaysSilentAndItsHeaderLogMasksTheToken() {
        Configurator.setLevel("org.apache.hc.client5.http.wire", Level.DEBUG);
        Configurator.setLevel("org.apache.hc.client5.http.headers", Level.DEBUG);
        assertThat(LogManager.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()).isTrue();
        List<String> lines;
        try (LogCapture log = LogCapture.open()) {
            assertThat(send("direct:send", "over a logged connection").getException()).isNull();
            SANDBOX.sandbox().faults().next(1).dropConnection();
            send("direct:send", "and a broken one");
            lines = log.lines();
        }

        // the transport replaces HttpClient's wire-logging session decorator: no byte of ours is logged
        assertThat(lines).noneMatch(line -> line.contains(" org.apache.hc.client5.http.wire "));
        assertThat(lines).filteredOn(line -> line.contains(" org.apache.hc.client5.http.headers "))
                .anyMatch(line -> line.contains(">> x-cam-apiToken: ******"))
                .noneMatch(line -> line.contains(SANDBOX.userToken()));
    }

    @Test
    void healthCheckResultsHoldNoSecret() {
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        List<HealthCheck.Result> results = new ArrayList<>(camReadiness());
        SANDBOX.sandbox().faults().next(10).status(503);
        results.addAll(camReadiness());
        SANDBOX.sandbox().faults().clear();
        SANDBOX.sandbox().stop();
        try {
            results.addAll(camReadiness());
        } finally {
            SANDBOX.sandbox().start();
        }

        // one check per token (user, administrator on its own component, and the wrong one), seen up, answering
        // 503 and unreachable
        assertThat(results).extracting(HealthCheck.Result::getState).contains(HealthCheck.State.UP, HealthCheck.State.DOWN);
        assertThat(results.stream().map(r -> r.getCheck().getId()).distinct()).containsExactlyInAnyOrder(
                "producer:cam:" + SANDBOX.url() + "/", "producer:cam:" + SANDBOX.url() + "/#2",
                "producer:camAdmin:" + SANDBOX.url() + "/");
        List<String> shown = new ArrayList<>();
        for (HealthCheck.Result result : results) {
            shown.add(result.getCheck().getId());
            shown.add(result.getMessage().orElse(""));
            result.getDetails().forEach((key, value) -> shown.add(key + "=" + value));
            result.getCheck().getMetaData().forEach((key, value) -> shown.add(key + "=" + value));
            for (Throwable t = result.getError().orElse(null); t != null; t = t.getCause()) {
                shown.add(t.toString());
            }
        }
        assertThat(shown).noneMatch(s -> s.contains(SANDBOX.userToken())).noneMatch(s -> s.contains(SANDBOX.adminToken()));
    }

    private List<HealthCheck.Result> camReadiness() {
        return List.copyOf(HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.isReadiness() || !check.getId().startsWith("producer:cam"), "full"));
    }

    @Test
    void tokenErrorsNeverEchoTheValue() {
        Throwable failure = catchThrowable(
                () -> template.send("cam:sendMessage?room=ops&apiToken=RAW(leaky token)", e -> e.getMessage().setBody("x")));

        assertThat(failure).hasMessageContaining("apiToken").hasMessageNotContaining("leaky");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain("leaky");
        }
    }

    @Test
    void aServerUrlCarryingAPasswordIsRefusedWithoutRepeatingIt() {
        for (String url : List.of("ftp://me:" + PASSWORD + "@cam.example.com", "https://me:" + PASSWORD + "@cam.example.com",
                "http://me:" + PASSWORD + "@/", "http://me:" + PASSWORD + "@cam.example.com:99999999999/")) {
            Throwable failure = catchThrowable(() -> CamClient.builder().serverUrl(url));

            assertThat(failure).as(url).isInstanceOfSatisfying(CamValidationException.class,
                    e -> assertThat(e.getField()).isEqualTo("serverUrl"));
            assertThat(failure.getMessage()).as(url).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aQuickCallPasswordNeverReachesTheLogEvenWhenCamFails() {
        List<String> lines;
        try (LogCapture log = LogCapture.open()) {
            SANDBOX.sandbox().faults().next(1).delay(Duration.ofSeconds(3));
            Exchange late = template.send("cam:createQuickCall?responseTimeout=1s",
                    e -> e.getMessage().setBody(Map.of("password", PASSWORD)));
            assertThat(late.getException()).isNotNull();
            lines = log.lines();
        }

        assertThat(lines).isNotEmpty().noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void camelTreatsTheTokenOptionAsSensitiveWhereItLogsConfiguration() {
        // what camel-main asks before printing "camel.component.cam.apiToken = ..." at start
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.apiToken")).isTrue();
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.api-token")).isTrue();
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.serverUrl")).isFalse();
        // camel-main's placeholder summary asks too: the docs' name for the administrator's token
        assertThat(CamelContextHelper.containsSensitive(context, "cam.admin-token")).isTrue();
        assertThat(CamelContextHelper.containsSensitive(context, "camel.component.cam.admin-api-token")).isTrue();
    }

    @Test
    void keywordsAlreadyConfiguredAreKept() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.getCamelContextExtension().setAdditionalSensitiveKeywords("licenseKey");
            other.addComponent("cam", new CamComponent());

            assertThat(other.getCamelContextExtension().getAdditionalSensitiveKeywords())
                    .isEqualTo("licenseKey,apitoken,adminapitoken,admintoken");
            assertThat(CamelContextHelper.containsSensitive(other, "my.license-key")).isTrue();
        }
    }
}
