package io.camelcam.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;

import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.IoThreadFaults;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.sandbox.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer readiness check through camel-health, as an operator sees it: UP against a healthy
 * CAM, DOWN with the HTTP status, the CAM error code or the connection failure, UP again once CAM
 * recovers, one request to CAM per interval however often it is asked, one check per server and
 * token, gone when its routes stop, and never the token in what it reports.
 */
class CamProducerHealthCheckTest extends CamTestSupport {

    static final String WRONG_TOKEN = "wrong-token-Never-Shown-7";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Camel leaves producer checks off unless asked: camel.health.producersEnabled=true does this
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    private void routes(long intervalMillis, String... uris) throws Exception {
        context.getComponent("cam", CamComponent.class).setHealthCheckInterval(intervalMillis);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < uris.length; i++) {
                    from("direct:r" + i).routeId("r" + i).to(uris[i]);
                }
            }
        });
    }

    private static final String CHECK_ID_PREFIX = "producer:cam:";

    /** Every readiness result of the cam checks ("full" exposure: by default Camel folds UP results into one). */
    private List<HealthCheck.Result> camResults() {
        return List.copyOf(HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.isReadiness() || !check.getId().startsWith(CHECK_ID_PREFIX), "full"));
    }

    private HealthCheck.Result camResult() {
        List<HealthCheck.Result> results = camResults();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private long probes() {
        return SANDBOX.sandbox().requests().stream().map(RecordedRequest::operation)
                .filter("getConferenceMaster"::equals).count();
    }

    @Test
    void upAgainstAHealthyCam() throws Exception {
        routes(30_000, "cam:sendMessage?room=ops");

        HealthCheck.Result result = camResult();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getCheck().getId()).isEqualTo(CHECK_ID_PREFIX + SANDBOX.url() + "/");
        assertThat(result.getCheck().isReadiness()).isTrue();
        assertThat(result.getCheck().isLiveness()).isFalse();
        assertThat(result.getDetails()).containsEntry(CamProducerHealthCheck.SERVER_URL, SANDBOX.url() + "/")
                .containsKey(CamProducerHealthCheck.PROBE_TIME);
        assertThat(HealthCheckHelper.isResultsUp(HealthCheckHelper.invokeReadiness(context), true)).isTrue();
    }

    @Test
    void asksCamOncePerIntervalHoweverOftenItIsCalled() throws Exception {
        routes(Duration.ofHours(1).toMillis(), "cam:sendMessage?room=ops", "cam:getConferenceRoomStatus");

        for (int i = 0; i < 50; i++) {
            assertThat(camResult().getState()).isEqualTo(HealthCheck.State.UP);
        }

        assertThat(probes()).isEqualTo(1);
    }

    @Test
    void downWithTheHttpStatusThenUpWhenCamRecovers() throws Exception {
        routes(50, "cam:sendMessage?room=ops");
        assertThat(camResult().getState()).isEqualTo(HealthCheck.State.UP);

        SANDBOX.sandbox().faults().next(1_000).on("getConferenceMaster").status(503);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result down = camResult();
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 503);
            assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("HTTP 503"));
        });

        SANDBOX.sandbox().faults().clear();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(camResult().getState()).isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void anIoThreadThatDiesFailsTheExchangesInFlightTurnsTheCheckDownAndTheComponentRecovers() throws Exception {
        routes(60_000, "cam:createQuickCall");
        assertThat(camResult().getState()).isEqualTo(HealthCheck.State.UP);
        SANDBOX.sandbox().faults().next(1).on("createQuickCall").delay(Duration.ofSeconds(30));
        CompletableFuture<Exchange> inFlight = template.asyncSend("direct:r0", e -> { });
        CamHttpTransport transport = context.getEndpoints().stream().filter(CamEndpoint.class::isInstance)
                .map(e -> ((CamEndpoint) e).getClient().getTransport()).findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> transport.poolStats().getLeased() == 1);

        IoThreadFaults.killIoThread(transport, SANDBOX.url(), SANDBOX.userToken(), new OutOfMemoryError("injected"));

        // the exchange waiting on the dead thread fails at once, typed, instead of waiting 30 s or forever
        Exception failure = inFlight.get(10, TimeUnit.SECONDS).getException();
        assertThat(failure).isInstanceOf(CamTransportException.class)
                .hasMessageContaining("I/O thread died of java.lang.OutOfMemoryError: injected");
        // DOWN at once, though the interval is a minute and CAM itself is fine
        HealthCheck.Result down = camResult();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m)
                .contains("I/O thread died of java.lang.OutOfMemoryError: injected").contains("transport restarted"));
        // and the next exchange goes through a fresh HttpClient
        assertThat(template.send("direct:r0", e -> { }).getException()).isNull();
        assertThat(transport.restarts()).isEqualTo(1);
    }

    @Test
    void downWhileCamIsUnreachableThenUpWhenItIsBack() throws Exception {
        routes(50, "cam:sendMessage?room=ops");
        assertThat(camResult().getState()).isEqualTo(HealthCheck.State.UP);

        SANDBOX.sandbox().stop();
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                HealthCheck.Result down = camResult();
                assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
                assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("cannot connect"));
            });
        } finally {
            SANDBOX.sandbox().start();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(camResult().getState()).isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void aWrongTokenIsDownWithCode805AndTheTokenIsNeverShown() throws Exception {
        routes(30_000, "cam:sendMessage?room=ops&apiToken=" + WRONG_TOKEN);

        HealthCheck.Result result = camResult();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "805");
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("805").contains("API token"));
        List<String> shown = new ArrayList<>();
        shown.add(result.getCheck().getId());
        shown.add(result.getMessage().orElse(""));
        result.getDetails().forEach((k, v) -> shown.add(k + "=" + v));
        result.getCheck().getMetaData().forEach((k, v) -> shown.add(k + "=" + v));
        for (Throwable t = result.getError().orElse(null); t != null; t = t.getCause()) {
            shown.add(t.toString());
        }
        assertThat(shown).noneMatch(s -> s.contains(WRONG_TOKEN)).noneMatch(s -> s.contains(SANDBOX.userToken()));
    }

    @Test
    void oneCheckPerServerAndTokenRemovedWhenItsProducersStop() throws Exception {
        routes(30_000, "cam:sendMessage?room=ops", "cam:getConferenceMaster", "cam:exportUsers?apiToken={{cam.adminToken}}");

        List<HealthCheck.Result> results = camResults();

        assertThat(results).extracting(r -> r.getCheck().getId()).containsExactlyInAnyOrder(
                CHECK_ID_PREFIX + SANDBOX.url() + "/", CHECK_ID_PREFIX + SANDBOX.url() + "/#2");
        assertThat(results).allSatisfy(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));

        context.getRouteController().stopRoute("r2");
        assertThat(camResults()).hasSize(1);
        context.getRouteController().stopRoute("r0");
        assertThat(camResults()).hasSize(1);
        context.getRouteController().stopRoute("r1");
        assertThat(camResults()).isEmpty();
    }

    /** One way docs/cam-component.adoc gives to keep the administrator's token out of URIs: a second component instance. */
    @Test
    void aSecondComponentInstanceWithAnotherTokenHasItsOwnCheck() throws Exception {
        CamComponent admin = new CamComponent();
        admin.getConfiguration().setServerUrl(SANDBOX.url());
        admin.getConfiguration().setApiToken(SANDBOX.adminToken());
        admin.setHealthCheckInterval(30_000);
        context.addComponent("camAdmin", admin);
        routes(30_000, "cam:sendMessage?room=ops", "camAdmin:exportUsers");

        List<HealthCheck.Result> results = List.copyOf(HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.isReadiness() || !check.getId().startsWith("producer:cam"), "full"));

        assertThat(results).extracting(r -> r.getCheck().getId()).containsExactlyInAnyOrder(
                CHECK_ID_PREFIX + SANDBOX.url() + "/", "producer:camAdmin:" + SANDBOX.url() + "/");
        assertThat(results).allSatisfy(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::role).containsExactlyInAnyOrder("USER", "ADMIN");
    }

    @Test
    void disabledOnTheComponentMeansCamIsNotAsked() throws Exception {
        context.getComponent("cam", CamComponent.class).setHealthCheckProducerEnabled(false);
        routes(30_000, "cam:sendMessage?room=ops");

        Optional<HealthCheck.Result> result = HealthCheckHelper.invoke(context, CHECK_ID_PREFIX + SANDBOX.url() + "/", Map.of());

        assertThat(result).hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UNKNOWN));
        assertThat(probes()).isZero();
    }
}
