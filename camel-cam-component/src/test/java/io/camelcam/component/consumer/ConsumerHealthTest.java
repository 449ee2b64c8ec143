package io.camelcam.component.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxFaults;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failing poll (HTTP status, CAM status 520, timeout, broken answer) on one month of a two-month
 * window: nothing emitted, the consumer's health check (as camel-health reports it) DOWN with the
 * status or CAM code and no token, the baseline kept, and the next good poll emits exactly what
 * changed meanwhile.
 */
class ConsumerHealthTest extends CamTestSupport {

    static final String WATCH = "cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&clock=#clock"
            + "&readRetries=0&responseTimeout=500&apiToken={{cam.token}}";

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("clock", Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WATCH + "&startScheduler=false").routeId("manual").to("mock:manual");
            }
        };
    }

    List<String> poll() {
        MockEndpoint mock = getMockEndpoint("mock:manual");
        mock.reset();
        ((ScheduledPollConsumer) context.getRoute("manual").getConsumer()).run();
        return events(mock.getReceivedExchanges());
    }

    static List<String> events(List<Exchange> exchanges) {
        return exchanges.stream().map(e -> e.getMessage().getHeader(CamConstants.CHANGE_TYPE) + " "
                + e.getMessage().getHeader(CamConstants.RESERVATION_ID)).toList();
    }

    /** The route's consumer check (a readiness check), as camel-main's health endpoint would show it. */
    HealthCheck.Result health(String routeId) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        return HealthCheckHelper.invoke(context, check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.getId().equals("consumer:" + routeId), "full").iterator().next();
    }

    /** Pending changes: one reservation cancelled, one booked. */
    List<String> changeTheSchedule() {
        SandboxReservation cancelled = SANDBOX.sandbox().reservations(YearMonth.of(2026, 11)).get(3);
        SANDBOX.sandbox().cancelReservation(cancelled.id());
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 19, 0);
        SandboxReservation booked = SANDBOX.sandbox().putReservation(
                new SandboxReservation(null, "CR001", null, "Booked during the outage", start, start.plusHours(1), "bob", null));
        return List.of("DELETED " + cancelled.id(), "CREATED " + booked.id());
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("HTTP 503", (Consumer<SandboxFaults.Next>) next -> next.status(503),
                        CamHttpException.class, Map.of(AbstractHealthCheck.SERVICE_STATUS_CODE, 503)),
                Arguments.of("CAM 520 / 805", (Consumer<SandboxFaults.Next>) next -> next.camError("805", "SC_INVALID_APITOKEN"),
                        CamApiException.class, Map.of(AbstractHealthCheck.SERVICE_ERROR_CODE, "805")),
                Arguments.of("no answer in time", (Consumer<SandboxFaults.Next>) next -> next.delay(Duration.ofSeconds(2)),
                        CamTimeoutException.class, Map.of()),
                Arguments.of("truncated JSON", (Consumer<SandboxFaults.Next>) SandboxFaults.Next::truncatedJson,
                        CamResponseException.class, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailedPollEmitsNothingReportsDownAndKeepsTheBaseline(String name, Consumer<SandboxFaults.Next> fault,
            Class<? extends Exception> error, Map<String, Object> details) {
        assertThat(poll()).isEmpty();
        assertThat(health("manual").getState()).isEqualTo(HealthCheck.State.UP);
        List<String> pending = changeTheSchedule();

        fault.accept(SANDBOX.sandbox().faults().next(1).on("getConferenceRoomStatus"));
        List<String> shown = new ArrayList<>();
        try (LogCapture log = LogCapture.open()) {
            assertThat(poll()).as("one of the two months failed: no event at all").isEmpty();
            shown.addAll(log.lines());
        }
        assertThat(shown).as("the failure was logged").anyMatch(line -> line.contains("Failed polling endpoint"));

        HealthCheck.Result down = health("manual");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getError()).get().isInstanceOf(error);
        assertThat(down.getDetails()).containsAllEntriesOf(details).containsEntry(HealthCheck.FAILURE_ERROR_COUNT, 1L);
        assertThat(down.getDetails().get(HealthCheck.ENDPOINT_URI).toString()).contains("apiToken=xxxxxx");
        shown.addAll(List.of(down.getMessage().orElse(""), down.getDetails().toString()));
        for (Throwable t = down.getError().orElseThrow(); t != null; t = t.getCause()) {
            shown.add(String.valueOf(t.getMessage()));
        }
        assertThat(shown).noneMatch(text -> text.contains(SANDBOX.userToken()));

        assertThat(poll()).as("what changed meanwhile, once").containsExactlyElementsOf(pending);
        assertThat(health("manual").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(poll()).isEmpty();
    }

    @Test
    void theDetailsDescribeTheLatestFailureOnly() {
        poll();
        SANDBOX.sandbox().faults().next(2).on("getConferenceRoomStatus").camError("805", "SC_INVALID_APITOKEN");
        poll();
        assertThat(health("manual").getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "805");
        SANDBOX.sandbox().faults().clear().next(2).on("getConferenceRoomStatus").status(502);
        poll();

        assertThat(health("manual").getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 502)
                .doesNotContainKey(AbstractHealthCheck.SERVICE_ERROR_CODE)
                .containsEntry(HealthCheck.FAILURE_ERROR_COUNT, 2L);
    }

    @Test
    void aScheduledConsumerGoesDownAndRecoversByItself() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(WATCH + "&delay=50&initialDelay=0").routeId("scheduled").to("mock:scheduled");
            }
        });
        await("the first poll took the baseline").until(() -> health("scheduled").getState() == HealthCheck.State.UP);

        SANDBOX.sandbox().faults().next(1_000_000).on("getConferenceRoomStatus").status(503);
        await().untilAsserted(() -> assertThat(health("scheduled").getDetails())
                .containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 503));
        List<String> pending = changeTheSchedule();
        long failedSoFar = SANDBOX.sandbox().requests().size();
        await().until(() -> SANDBOX.sandbox().requests().size() > failedSoFar + 4);

        SANDBOX.sandbox().faults().clear();
        MockEndpoint mock = getMockEndpoint("mock:scheduled");
        await().untilAsserted(() -> assertThat(events(mock.getReceivedExchanges())).containsExactlyElementsOf(pending));
        await().untilAsserted(() -> assertThat(health("scheduled").getState()).isEqualTo(HealthCheck.State.UP));
        long recoveredAt = SANDBOX.sandbox().requests().size();
        await().until(() -> SANDBOX.sandbox().requests().size() > recoveredAt + 4);
        assertThat(events(mock.getReceivedExchanges())).as("nothing spurious before or after").containsExactlyElementsOf(pending);
    }
}
