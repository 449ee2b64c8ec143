package io.camelcam.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.cluster.PollRecorder.Request;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three nodes in three JVMs, one sandbox and one ZooKeeper in this JVM. The schedule changes every
 * 100 ms while the test kills the leader with destroyForcibly, then the next leader, then restarts
 * the first node. Every change the sandbox made must be emitted at least once; repeats may only
 * happen at a failover (the poll the killed leader had delivered but not yet stored); and no two
 * nodes ever poll as leader at the same time.
 */
class FailoverIT {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** Short so the test is quick; production keeps ZooKeeper's usual 15 s or more (docs/deployment.md). */
    static final long SESSION_TIMEOUT_MS = 3_000;
    static final YearMonth MONTH = YearMonth.of(2026, 11);

    TestingServer zooKeeper;
    PollRecorder recorder;
    Path dir;
    final Map<String, Process> nodes = new LinkedHashMap<>();
    final List<Path> sinks = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        zooKeeper = new TestingServer(true);
        recorder = new PollRecorder(SANDBOX.url());
        dir = Files.createDirectories(Path.of("target", "failover-it"));
    }

    @AfterEach
    void stop() throws Exception {
        for (Process node : nodes.values()) {
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        recorder.close();
        zooKeeper.close();
    }

    Process startNode(String id, String run) throws IOException {
        Path sink = dir.resolve(id + "-" + run + ".events");
        Files.deleteIfExists(sink);
        sinks.add(sink);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-Dcamel-cam.test-log=target/failover-it/" + id + "-" + run + ".log",
                "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(), id, recorder.urlFor(id),
                zooKeeper.getConnectString(), sink.toString(), String.valueOf(SESSION_TIMEOUT_MS));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(id + "-" + run + ".out").toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((SANDBOX.userToken() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        nodes.put(id, process);
        return process;
    }

    long firstPollBy(String node, long after) {
        return recorder.requests().stream().filter(r -> r.node().equals(node) && r.start() >= after)
                .mapToLong(Request::start).min().orElse(-1);
    }

    String leaderAfter(long after) {
        return recorder.requests().stream().filter(r -> r.start() >= after).map(Request::node).findFirst().orElse(null);
    }

    @Test
    void killingLeadersLosesNoChange() throws Exception {
        List<String> mutations = new ArrayList<>();
        Map<String, String> live = new HashMap<>();
        AtomicBoolean changing = new AtomicBoolean(true);

        startNode("node1", "a");
        await("node1 leads and polls").atMost(Duration.ofSeconds(60)).until(() -> firstPollBy("node1", 0) > 0);
        startNode("node2", "a");
        startNode("node3", "a");
        Thread.sleep(3_000); // the followers are up and waiting for the leadership

        Thread mutator = new Thread(() -> {
            Random random = new Random(16);
            for (int n = 1; changing.get(); n++) {
                synchronized (live) {
                    List<String> ids = new ArrayList<>(live.keySet());
                    int dice = random.nextInt(10);
                    if (ids.size() < 3 || dice < 4) {
                        String id = String.format("R202611-9%03d", n);
                        LocalDateTime start = LocalDateTime.of(2026, 11, 1 + n % 28, 8 + n % 10, 0);
                        SANDBOX.sandbox().putReservation(new SandboxReservation(id, "CR001", null, "m" + n, start,
                                start.plusHours(1), "alice", null));
                        live.put(id, "m" + n);
                        mutations.add("CREATED " + id + " m" + n);
                    } else if (dice < 8) {
                        String id = ids.get(random.nextInt(ids.size()));
                        SandboxReservation was = SANDBOX.sandbox().reservations(MONTH).stream()
                                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
                        SANDBOX.sandbox().putReservation(new SandboxReservation(id, was.roomId(), null, "m" + n, was.start(),
                                was.end(), was.userId(), null));
                        live.put(id, "m" + n);
                        mutations.add("UPDATED " + id + " m" + n);
                    } else {
                        String id = ids.get(random.nextInt(ids.size()));
                        SANDBOX.sandbox().cancelReservation(id);
                        mutations.add("DELETED " + id + " " + live.remove(id));
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "schedule-changes");
        mutator.start();

        Thread.sleep(4_000);
        List<String> failovers = new ArrayList<>();
        String successor = awaitNewLeader("node1", kill("node1"), failovers);
        Thread.sleep(4_000);
        String last = awaitNewLeader(successor, kill(successor), failovers);
        Thread.sleep(2_000);
        startNode("node1", "b");
        Thread.sleep(4_000);
        changing.set(false);
        mutator.join(5_000);

        // the last leader catches up: its view must end where the sandbox is
        await("the emitted changes replay to the sandbox's schedule").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> replay(events()).equals(expectedSchedule(live)));

        List<String> events = events();
        System.out.println("failover: " + mutations.size() + " changes made, " + events.size() + " exchanges emitted, "
                + "time from kill to the new leader's first poll: " + String.join(", ", failovers));

        // every change at least once, as itself or as a later version of the same reservation (a poll sees the
        // latest version only). A reservation booked and cancelled between two polls never existed for the
        // consumer: counted, not required.
        Map<String, List<String>> emittedById = events.stream().map(e -> e.substring(e.indexOf(' ') + 1))
                .collect(Collectors.groupingBy(e -> e.split(" ")[1]));
        List<String> neverSeen = new ArrayList<>();
        for (String change : mutations) {
            String[] part = change.split(" ");
            int version = Integer.parseInt(part[2].substring(1));
            List<String> seen = emittedById.getOrDefault(part[1], List.of());
            boolean cancelledLater = mutations.stream().anyMatch(m -> m.startsWith("DELETED " + part[1] + " "));
            if (seen.isEmpty() && cancelledLater) {
                neverSeen.add(change);
                continue;
            }
            assertThat(seen).as("emitted for %s", change).anySatisfy(emitted -> {
                String[] e = emitted.split(" ");
                assertThat(part[0].equals("DELETED") ? e[0].equals("DELETED")
                        : Integer.parseInt(e[2].substring(1)) >= version || e[0].equals("DELETED")).isTrue();
            });
        }
        System.out.println("failover: " + neverSeen.size() + " change(s) of reservations booked and cancelled between "
                + "two polls, never visible to a poll: " + neverSeen);

        // repeats: the same exchange emitted again; only by a node taking over from the killed one that emitted it
        Map<String, List<String>> emitters = new LinkedHashMap<>();
        events.forEach(e -> emitters.computeIfAbsent(e.substring(e.indexOf(' ') + 1), k -> new ArrayList<>())
                .add(e.substring(0, e.indexOf(' '))));
        Map<String, List<String>> repeated = emitters.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.println("failover: " + repeated.size() + " exchange(s) emitted more than once " + repeated
                + " (a killed leader had delivered them but not yet stored its baseline; its successor repeats them)");
        List<List<String>> handOvers = List.of(List.of("node1", successor), List.of(successor, last));
        assertThat(repeated.values()).as("each repeat is a killed leader's exchange emitted again by its successor")
                .allSatisfy(nodesThatEmitted -> assertThat(handOvers).contains(nodesThatEmitted));

        // leadership: the polls of different nodes never overlap in time
        List<Request> polls = recorder.requests().stream().sorted((a, b) -> Long.compare(a.start(), b.start())).toList();
        List<String> leaders = new ArrayList<>();
        for (int i = 0; i < polls.size(); i++) {
            Request poll = polls.get(i);
            if (leaders.isEmpty() || !leaders.get(leaders.size() - 1).equals(poll.node())) {
                leaders.add(poll.node());
                if (i > 0) {
                    assertThat(poll.start()).as("%s polls only after %s's last poll ended", poll.node(), polls.get(i - 1).node())
                            .isGreaterThanOrEqualTo(polls.get(i - 1).end());
                }
            }
        }
        System.out.println("failover: leaders in turn " + leaders + ", " + polls.size() + " requests");
        assertThat(leaders).as("one leader at a time, in turn; the restarted node1 only waits").containsExactly("node1",
                successor, last);
    }

    /** Kills the node's JVM as a power cut would; returns when it is gone (test JVM's clock, ms). */
    long kill(String node) throws InterruptedException {
        Process process = nodes.remove(node);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return System.currentTimeMillis();
    }

    /** Waits for another node to poll after the kill; notes how long that took. */
    String awaitNewLeader(String killed, long killedAt, List<String> failovers) {
        await(killed + "'s successor polls").atMost(Duration.ofSeconds(60))
                .until(() -> leaderAfter(killedAt) != null && !leaderAfter(killedAt).equals(killed));
        String successor = leaderAfter(killedAt);
        failovers.add(killed + " -> " + successor + " " + (firstPollBy(successor, killedAt) - killedAt) + " ms");
        return successor;
    }

    /** Every line every node wrote to its sink, "node TYPE id title", in the order they were written. */
    List<String> events() throws IOException {
        List<String> all = new ArrayList<>();
        for (Path sink : sinks) {
            if (Files.exists(sink)) {
                all.addAll(Files.readAllLines(sink, StandardCharsets.UTF_8));
            }
        }
        return all.stream().sorted((a, b) -> Long.compare(millis(a), millis(b)))
                .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
    }

    static long millis(String line) {
        return Long.parseLong(line.substring(0, line.indexOf(' ')));
    }

    /** What the emitted exchanges say the test's reservations are now, applied in the order the leaders emitted them. */
    static Map<String, String> replay(List<String> events) {
        Map<String, String> schedule = new HashMap<>();
        for (String event : events) {
            String[] e = event.split(" ");
            if (!e[2].startsWith("R202611-9")) {
                continue;
            }
            if (e[1].equals("DELETED")) {
                schedule.remove(e[2]);
            } else {
                schedule.put(e[2], e[3]);
            }
        }
        return schedule;
    }

    static Map<String, String> expectedSchedule(Map<String, String> live) {
        synchronized (live) {
            return new HashMap<>(live);
        }
    }
}
