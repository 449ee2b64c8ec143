package io.camelcam.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Producers scale out: two nodes in two JVMs compete for one JMS queue of an Artemis broker in this
 * JVM (over TCP), each sending what it takes to the sandbox with {@code cam:sendMessage}. The test
 * puts 10,000 messages on the queue and, once 3,000 have arrived in the sandbox, kills one node
 * with destroyForcibly. The broker delivers the killed node's unacknowledged messages again, to the
 * other node: nothing may be lost, and only a message the killed node had in flight may arrive
 * twice (posted to CAM, killed before the commit), so at most one per consumer of the killed node.
 */
class CompetingConsumersIT {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    static final int MESSAGES = 10_000;
    static final int KILL_AFTER = 3_000;
    static final int CONSUMERS = 4;
    static final String QUEUE = "chat";
    static final String DEAD_LETTERS = "DLQ";
    /** Plenty for a kill (it counts one delivery per message in flight); a message that reaches it is parked, and fails the test. */
    static final int MAX_DELIVERY_ATTEMPTS = 10;

    EmbeddedActiveMQ broker;
    String brokerUrl;
    Path dir;
    final Map<String, Process> nodes = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        dir = Files.createDirectories(Path.of("target", "competing-consumers-it"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        brokerUrl = "tcp://127.0.0.1:" + port;
        AddressSettings everyAddress = new AddressSettings().setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                // a message whose time-to-live ran out is parked too, where the test looks
                .setExpiryAddress(SimpleString.of(DEAD_LETTERS))
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                // the survivor takes a killed node's messages at once
                .setRedeliveryDelay(0)
                // in memory: a sender waits when memory is full rather than the broker paging
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.BLOCK)
                .setAutoCreateQueues(true).setAutoCreateAddresses(true);
        Configuration configuration = new ConfigurationImpl().setName("competing-consumers-it").setSecurityEnabled(false)
                .setJMXManagementEnabled(false).setPersistenceEnabled(false).addAcceptorConfiguration("tcp", brokerUrl)
                .addAddressSetting("#", everyAddress);
        broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Process node : nodes.values()) {
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        broker.stop();
    }

    Process startNode(String id) throws IOException {
        Path sink = dir.resolve(id + ".events");
        Files.deleteIfExists(sink);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=log4j2-producer-node.xml",
                "-Dcamel-cam.test-log=" + dir.resolve(id + ".log"), "-cp", System.getProperty("java.class.path"),
                ProducerNode.class.getName(), id, brokerUrl, SANDBOX.url(), QUEUE, String.valueOf(CONSUMERS),
                sink.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(id + ".out").toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((SANDBOX.userToken() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        nodes.put(id, process);
        return process;
    }

    @Test
    void killingANodeLosesNothingAndRepeatsOnlyWhatItHadInFlight() throws Exception {
        startNode("node1");
        startNode("node2");
        await("both nodes' consumers on the queue").atMost(Duration.ofSeconds(60))
                .until(() -> queue(QUEUE) != null && queue(QUEUE).getConsumerCount() == 2 * CONSUMERS);

        List<String> sent = new ArrayList<>(MESSAGES);
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
                Connection connection = factory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            for (int i = 1; i <= MESSAGES; i++) {
                String text = String.format("msg-%05d", i);
                producer.send(session.createTextMessage(text));
                sent.add(text);
                // on the queue in batches, so the nodes start while the rest is sent
                if (i % 500 == 0) {
                    session.commit();
                }
            }
        }

        await("%d messages in the sandbox".formatted(KILL_AFTER)).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20)).until(() -> SANDBOX.sandbox().messageCount() >= KILL_AFTER);
        long arrivedBeforeKill = SANDBOX.sandbox().messageCount();
        Process killed = nodes.remove("node1");
        killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long killedAt = System.nanoTime();

        // drained: nothing left on the queue or being delivered, so no node can post again
        await("the queue drained by node2").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> queue(QUEUE).getMessageCount() == 0 && queue(QUEUE).getDeliveringCount() == 0);
        long drainMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        // and node2 stopped, so the sandbox's count is final
        nodes.remove("node2").destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        List<ReceivedMessage> received = SANDBOX.sandbox().messages();
        Map<String, Long> copies = received.stream()
                .collect(Collectors.groupingBy(ReceivedMessage::text, TreeMap::new, Collectors.counting()));
        Map<String, Long> duplicates = copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
        List<String> lost = sent.stream().filter(text -> !copies.containsKey(text)).toList();
        List<String[]> node1 = events("node1");
        List<String[]> node2 = events("node2");
        Set<String> inFlightAtKill = lastSendingPerThread(node1);
        Set<String> node2Sent = node2.stream().filter(e -> e[3].equals("SENT")).map(e -> e[4]).collect(Collectors.toSet());
        long parked = queue(DEAD_LETTERS) == null ? 0 : queue(DEAD_LETTERS).getMessageCount();

        System.out.printf("competing consumers: sent %d, delivered %d (sandbox), unique %d, lost %d, duplicates %d %s;"
                + " %d arrived when node1 was killed; accepted by CAM per node: node1 %d, node2 %d; node1's consumers"
                + " had %d in flight %s; drained %d ms after the kill; dead-lettered %d%n",
                sent.size(), received.size(), copies.size(), lost.size(), duplicates.size(), duplicates.keySet(),
                arrivedBeforeKill, count(node1, "SENT"), count(node2, "SENT"), inFlightAtKill.size(), inFlightAtKill,
                drainMillis, parked);

        assertThat(sent).doesNotHaveDuplicates().hasSize(MESSAGES);
        assertThat(lost).as("messages sent to the queue that never reached the sandbox").isEmpty();
        assertThat(copies.keySet()).as("messages in the sandbox that nobody sent").isSubsetOf(sent);
        assertThat(parked).as("messages the broker gave up on").isZero();
        assertThat(count(node1, "SENT")).as("messages node1 got accepted before the kill").isPositive();
        assertThat(count(node2, "SENT")).as("messages node2 got accepted").isPositive();

        // a repeat is a message node1 had posted but not committed at the kill: the last one each consumer
        // thread started, posted once by node1 and once more by node2, after the broker delivered it again
        assertThat(inFlightAtKill).as("node1's messages in flight, at most one per consumer").hasSizeLessThanOrEqualTo(CONSUMERS);
        assertThat(duplicates.keySet()).as("messages posted twice, against node1's in flight %s", inFlightAtKill)
                .isSubsetOf(inFlightAtKill).isSubsetOf(node2Sent);
        assertThat(duplicates.values()).as("copies of each repeated message").allSatisfy(n -> assertThat(n).isEqualTo(2));
        // node2 posted every message once, so the delivered total is the unique messages plus node1's repeats
        assertThat(received).as("delivered = unique + duplicates").hasSize(copies.size() + duplicates.size());
    }

    Queue queue(String name) {
        return broker.getActiveMQServer().locateQueue(name);
    }

    /** A node's sink, each line split into millis, node, thread, event, text. */
    List<String[]> events(String node) throws IOException {
        return Files.readAllLines(dir.resolve(node + ".events"), StandardCharsets.UTF_8).stream().map(l -> l.split(" "))
                .toList();
    }

    static long count(List<String[]> events, String event) {
        return events.stream().filter(e -> e[3].equals(event)).count();
    }

    /** The message each consumer thread started last: what it had in flight when its JVM was killed. */
    static Set<String> lastSendingPerThread(List<String[]> events) {
        Map<String, String> last = events.stream().filter(e -> e[3].equals("SENDING"))
                .collect(Collectors.toMap(e -> e[2], e -> e[4], (first, later) -> later, LinkedHashMap::new));
        return last.values().stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
