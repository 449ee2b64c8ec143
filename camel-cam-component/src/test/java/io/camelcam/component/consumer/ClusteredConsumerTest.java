package io.camelcam.component.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same route on two nodes under {@code master:}, with Camel's file-lock cluster service and one
 * state file on a path both see: only the leader polls, each change is emitted once, and when the
 * leader stops the other node takes over from the shared state, neither repeating nor missing a
 * change.
 *
 * <p>What this proves, honestly: the consumer's part of the hand-over (it polls only while its node
 * leads, stores its baseline as it goes, and the next leader continues from the file). Both nodes
 * are CamelContexts in one JVM, where a second lock on the same file fails inside the JVM
 * (OverlappingFileLockException, which camel-file treats as "not the leader") before the operating
 * system's lock is asked; that the OS lock excludes another process is camel-file's to prove. The
 * production services (Kubernetes, ZooKeeper, Infinispan...) are plugged the same way.
 */
class ClusteredConsumerTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** Two CamelContexts and a leader election: on a loaded machine these steps take longer than Awaitility's 10 s default. */
    @BeforeAll
    static void patientWaits() {
        Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(60));
    }

    @AfterAll
    static void defaultWaits() {
        Awaitility.reset();
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path shared;

    /** Every exchange either node emitted: "node TYPE id". */
    final List<String> emitted = new CopyOnWriteArrayList<>();
    final List<CamelContext> nodes = new CopyOnWriteArrayList<>();

    CamelContext node(String name) throws Exception {
        CamelContext context = ClusterNodes.context(name, SANDBOX);
        context.getRegistry().bind("clock", CLOCK);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("cluster").toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:cam-schedule:cam:getConferenceRoomStatus?month=current&months=2&timeZone=Asia/Tokyo"
                        + "&clock=#clock&delay=100&initialDelay=0&stateFile=" + shared.resolve("cam-state.json"))
                        .routeId("schedule")
                        .process(exchange -> emitted.add(name + " " + exchange.getMessage().getHeader(CamConstants.CHANGE_TYPE)
                                + " " + exchange.getMessage().getHeader(CamConstants.RESERVATION_ID)));
            }
        });
        context.start();
        nodes.add(context);
        return context;
    }

    static boolean leads(CamelContext node) {
        return node.isStarted() && ((MasterConsumer) node.getRoute("schedule").getConsumer()).isMaster();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(CamelContext::stop);
    }

    static SandboxReservation book(String title, int hour) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 30, hour, 0);
        return SANDBOX.sandbox().putReservation(new SandboxReservation(null, "CR003", null, title, start, start.plusHours(1),
                "carol", null));
    }

    @Test
    void oneNodePollsAndTheOtherTakesOverWithoutRepeatingOrMissing() throws Exception {
        CamelContext a = node("a");
        CamelContext b = node("b");
        await().until(() -> leads(a) || leads(b));
        CamelContext leader = leads(a) ? a : b;
        CamelContext follower = leader == a ? b : a;
        String leaderName = leader == a ? "a" : "b";
        String followerName = leader == a ? "b" : "a";
        await("the leader's first poll stored the baseline").until(() -> Files.exists(shared.resolve("cam-state.json")));

        SandboxReservation booked = book("booked while " + leaderName + " leads", 19);
        await().until(() -> emitted.size() == 1);
        SandboxReservation cancelled = SANDBOX.sandbox().reservations(YearMonth.of(2026, 11)).get(4);
        SANDBOX.sandbox().cancelReservation(cancelled.id());
        await().until(() -> emitted.size() == 2);
        assertThat(emitted).containsExactly(leaderName + " CREATED " + booked.id(), leaderName + " DELETED " + cancelled.id());
        assertThat(leads(follower)).isFalse();

        leader.stop();
        SandboxReservation whileNobodyLeads = book("booked during the hand-over", 20);
        await().until(() -> leads(follower));
        await().until(() -> emitted.size() == 3);
        SandboxReservation afterTakeOver = book("booked after the hand-over", 21);
        await().until(() -> emitted.size() == 4);

        long requests = SANDBOX.sandbox().requests().size();
        await("a few more polls").until(() -> SANDBOX.sandbox().requests().size() > requests + 6);
        assertThat(emitted).as("each change once, the earlier ones not again").containsExactly(
                leaderName + " CREATED " + booked.id(),
                leaderName + " DELETED " + cancelled.id(),
                followerName + " CREATED " + whileNobodyLeads.id(),
                followerName + " CREATED " + afterTakeOver.id());
    }
}
