package io.camelcam.component.consumer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The consumer with stateZooKeeper against a real ZooKeeper server: restarts continue from the
 * stored baseline; a node whose baseline another node moved on emits nothing; an outage polls
 * nothing and shows in the health check until ZooKeeper is back. Each "node" is a CamelContext.
 */
class ZooKeeperStateTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);
    static final String WATCH = "cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo&clock=#clock"
            + "&startScheduler=false&exceptionHandler=#failures";

    TestingServer zooKeeper;
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startZooKeeper() throws Exception {
        zooKeeper = new TestingServer(true);
    }

    @AfterEach
    void stopZooKeeper() throws Exception {
        zooKeeper.close();
    }

    CamelContext node(String name, String options) throws Exception {
        CamelContext context = ClusterNodes.context(name, SANDBOX);
        context.getRegistry().bind("clock", CLOCK);
        context.getRegistry().bind("failures", new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                failures.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                failures.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                failures.add(exception);
            }
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(WATCH + "&" + options).routeId("schedule").process(exchange -> events.add(name + ": "
                        + exchange.getMessage().getHeader(CamConstants.CHANGE_TYPE) + " "
                        + exchange.getMessage().getHeader(CamConstants.RESERVATION_ID)));
            }
        });
        context.start();
        return context;
    }

    CamelContext node(String name) throws Exception {
        return node(name, "stateZooKeeper=" + zooKeeper.getConnectString());
    }

    List<String> poll(CamelContext context) {
        events.clear();
        ((ScheduledPollConsumer) context.getRoute("schedule").getConsumer()).run();
        return List.copyOf(events);
    }

    /** The route's consumer check, as camel-main's health endpoint would show it. */
    static HealthCheck.Result health(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        return HealthCheckHelper.invoke(context, check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.getId().equals("consumer:schedule"), "full").iterator().next();
    }

    static SandboxReservation book(String title, int hour) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 30, hour, 0);
        return SANDBOX.sandbox().putReservation(new SandboxReservation(null, "CR001", null, title, start, start.plusHours(1),
                "alice", null));
    }

    @Test
    void aRestartContinuesFromTheBaselineInZooKeeper() throws Exception {
        SandboxReservation first;
        try (CamelContext run = node("a")) {
            assertThat(poll(run)).isEmpty();
            first = book("first", 19);
            assertThat(poll(run)).containsExactly("a: CREATED " + first.id());
        }
        SandboxReservation existing = SANDBOX.sandbox().reservations(YearMonth.of(2026, 12)).get(2);
        SANDBOX.sandbox().cancelReservation(existing.id());
        SandboxReservation second = book("second", 20);
        try (CamelContext run = node("b")) {
            assertThat(poll(run)).containsExactly("b: DELETED " + existing.id(), "b: CREATED " + second.id());
            assertThat(poll(run)).isEmpty();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aNodeWhoseBaselineAnotherMovedOnEmitsNothingAndReadsItAgain() throws Exception {
        try (CamelContext stale = node("stale"); CamelContext leader = node("leader")) {
            assertThat(poll(stale)).isEmpty();
            assertThat(poll(leader)).as("reads what the other stored").isEmpty();
            SandboxReservation booked = book("booked", 19);
            assertThat(poll(leader)).containsExactly("leader: CREATED " + booked.id());

            assertThat(poll(stale)).as("the stale node emits nothing").isEmpty();
            assertThat(failures).singleElement().isInstanceOf(StaleStateException.class).asString()
                    .contains("ZooKeeper node /camel-cam/state/getConferenceRoomStatus:current")
                    .contains("written by another node since this one read it");
            HealthCheck.Result down = health(stale);
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getError()).containsInstanceOf(StaleStateException.class);

            assertThat(poll(stale)).as("continues from the leader's baseline: nothing repeated").isEmpty();
            assertThat(health(stale).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(failures).hasSize(1);
        }
    }

    @Test
    void anOutagePollsNothingShowsDownAndTheChangesComeOnceItIsOver() throws Exception {
        try (CamelContext node = node("a")) {
            assertThat(poll(node)).isEmpty();
            zooKeeper.stop();
            SandboxReservation booked = book("booked during the outage", 19);

            assertThat(poll(node)).as("nothing polled while the baseline cannot be checked").isEmpty();
            assertThat(failures).singleElement().asString()
                    .contains("Cannot check the consumer state in the ZooKeeper node /camel-cam/state/");
            assertThat(health(node).getState()).isEqualTo(HealthCheck.State.DOWN);

            zooKeeper.restart();
            assertThat(poll(node)).containsExactly("a: CREATED " + booked.id());
            assertThat(health(node).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(failures).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "stateZooKeeper=zk1                        | option stateZooKeeper: 'zk1' is not host:port",
            "stateZooKeeper=zk1:2181,                  | option stateZooKeeper: '' is not host:port",
            "stateZooKeeper=zk1:99999                  | option stateZooKeeper: 'zk1:99999' is not host:port",
            "stateZooKeeper=zk1:2181/app/              | option stateZooKeeper: its chroot is not a valid ZooKeeper path",
            "stateZooKeeper=zk1:2181&stateKey=a//b     | option stateKey: 'a//b' as a ZooKeeper node name is not a valid",
            "stateZooKeeper=zk1:2181&stateFile=x.json  | option stateZooKeeper: cannot be used together with stateFile"})
    void badOptionsFailTheRouteStartNamingTheOption(String options, String message) {
        Throwable failure = catchThrowable(() -> node("a", options));
        while (failure.getCause() != null) {
            failure = failure.getCause();
        }
        assertThat(failure).isInstanceOf(CamValidationException.class).hasMessageContaining(message);
    }
}
