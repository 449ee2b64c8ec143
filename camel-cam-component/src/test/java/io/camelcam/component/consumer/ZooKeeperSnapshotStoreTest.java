package io.camelcam.component.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The stateZooKeeper store against a real ZooKeeper server (curator-test's, in this JVM, on a real
 * port): each "node" is a store with a client and session of its own, as on separate machines.
 */
class ZooKeeperSnapshotStoreTest {

    static final String PATH = "/camel-cam/state/getConferenceRoomStatus:current";

    TestingServer zooKeeper;
    final List<CuratorFramework> clients = new ArrayList<>();

    @BeforeEach
    void startZooKeeper() throws Exception {
        zooKeeper = new TestingServer(true);
    }

    @AfterEach
    void stopZooKeeper() throws Exception {
        clients.forEach(CuratorFramework::close);
        zooKeeper.close();
    }

    ZooKeeperSnapshotStore node() {
        CuratorFramework client = CuratorFrameworkFactory.builder().connectString(zooKeeper.getConnectString())
                .sessionTimeoutMs(15_000).connectionTimeoutMs(5_000).retryPolicy(new RetryNTimes(2, 200)).build();
        client.start();
        clients.add(client);
        return new ZooKeeperSnapshotStore(client, PATH, false);
    }

    @Test
    void whatOneNodeSavesTheNextReads() throws Exception {
        ZooKeeperSnapshotStore first = node();
        assertThat(first.load()).as("nothing stored yet").isNull();
        first.save("{\"state\":1}");
        first.save("{\"state\":2}");

        ZooKeeperSnapshotStore next = node();
        assertThat(next.load()).isEqualTo("{\"state\":2}");
        next.save("{\"state\":3}");
        assertThat(node().load()).isEqualTo("{\"state\":3}");
    }

    @Test
    void aStaleLeadersWriteIsRefusedAndOverwritesNothing() throws Exception {
        ZooKeeperSnapshotStore stale = node();
        stale.load();
        stale.save("{\"by\":\"old leader\"}");

        ZooKeeperSnapshotStore successor = node();
        successor.load();
        successor.save("{\"by\":\"new leader\"}");

        assertThatThrownBy(stale::checkCurrent).isInstanceOf(StaleStateException.class)
                .hasMessageContaining("ZooKeeper node " + PATH).hasMessageContaining("version 0, now 1");
        assertThatThrownBy(() -> stale.save("{\"by\":\"old leader, late\"}")).isInstanceOf(StaleStateException.class)
                .hasMessageContaining("written by another node since this one read it");
        assertThat(node().load()).isEqualTo("{\"by\":\"new leader\"}");

        stale.load();
        stale.checkCurrent();
        stale.save("{\"by\":\"old leader, after reading again\"}");
        assertThat(node().load()).isEqualTo("{\"by\":\"old leader, after reading again\"}");
    }

    @Test
    void twoNodesCreatingTheFirstStateAtOnceOneWins() throws Exception {
        ZooKeeperSnapshotStore one = node();
        ZooKeeperSnapshotStore other = node();
        assertThat(one.load()).isNull();
        assertThat(other.load()).isNull();
        one.save("{\"by\":\"one\"}");
        assertThatThrownBy(() -> other.save("{\"by\":\"other\"}")).isInstanceOf(StaleStateException.class);
        assertThat(node().load()).isEqualTo("{\"by\":\"one\"}");
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        node().load();
        int writers = 4;
        int updatesEach = 25;
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "w" + w;
                ZooKeeperSnapshotStore store = node();
                done.add(pool.submit(() -> {
                    for (int i = 0; i < updatesEach; i++) {
                        // read, add one token, write back; a refused write reads again: no update is lost
                        while (true) {
                            String state = store.load();
                            try {
                                store.save((state == null ? "" : state) + writer + "." + i + " ");
                                break;
                            } catch (StaleStateException e) {
                                refused.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> tokens = List.of(node().load().trim().split(" "));
        assertThat(tokens).hasSize(writers * updatesEach).doesNotHaveDuplicates();
        System.out.println("concurrent writers: " + tokens.size() + " updates kept, " + refused.get()
                + " stale writes refused and retried");
    }

    @Test
    void aReaderNeverSeesHalfAWrite() throws Exception {
        String a = "a".repeat(400_000);
        String b = "b".repeat(400_000);
        ZooKeeperSnapshotStore writer = node();
        writer.load();
        writer.save(a);
        ZooKeeperSnapshotStore reader = node();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writes = new Thread(() -> {
            try {
                for (int i = 0; i < 40; i++) {
                    writer.save(i % 2 == 0 ? b : a);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                writing.set(false);
            }
        });
        writes.start();
        int reads = 0;
        while (writing.get() || reads < 10) {
            String state = reader.load();
            assertThat(state).as("a whole state, the old or the new").isIn(a, b);
            reads++;
        }
        writes.join(Duration.ofSeconds(30).toMillis());
        assertThat(reads).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aServerStoppedDuringWritesLeavesTheLastWholeStateReadable() throws Exception {
        ZooKeeperSnapshotStore writer = node();
        writer.load();
        List<String> written = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writes = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                String state = String.valueOf((char) ('a' + i % 26)).repeat(200_000);
                try {
                    writer.save(state);
                    synchronized (written) {
                        written.add(state);
                    }
                } catch (Exception e) {
                    return; // the server went away in the middle of this write
                }
            }
        });
        writes.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            synchronized (written) {
                return written.size() >= 3;
            }
        });
        zooKeeper.stop();
        stop.set(true);
        writes.join(Duration.ofSeconds(60).toMillis());
        zooKeeper.restart();

        String stored = node().load();
        synchronized (written) {
            // the write in flight when the server stopped either happened whole or not at all
            String acknowledged = written.get(written.size() - 1);
            String inFlight = String.valueOf((char) ('a' + written.size() % 26)).repeat(200_000);
            assertThat(stored).as("the last acknowledged write, or the one in flight, whole").isIn(acknowledged, inFlight);
        }
    }

    @Test
    void aStateOverZooKeepersLimitIsRefusedBeforeItIsSent() throws Exception {
        ZooKeeperSnapshotStore store = node();
        store.load();
        assertThatThrownBy(() -> store.save("x".repeat(ZooKeeperSnapshotStore.MAX_BYTES + 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most " + ZooKeeperSnapshotStore.MAX_BYTES);
        assertThat(store.load()).isNull();
    }
}
