package io.camelcam.examples.jms;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.component.CamComponent;
import io.camelcam.component.TransportStatus;
import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.FaultKind;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6, "nothing lost end to end": the JMS example, as the application runs it (camel-main, the
 * embedded Artemis broker, a transacted consumer, the default {@code jms-to-chat.unknown-outcome =
 * redeliver}), pushes 10,000 messages to the CAM sandbox over HTTP while the sandbox spoils 10 % of the
 * requests and is stopped and started again once. It prints what arrived, what was parked and why,
 * which faults were injected and which duplicates they caused, and asserts that nothing was lost.
 * <p>
 * The fault kinds are all nine the sandbox has, each standing for a different path through the route:
 * 503 and 429 (CAM did not process it: retried), 500, 502 and 504 (outcome unknown, and the sandbox did not
 * process it: retried, no duplicate), a delay beyond the response timeout, a truncated answer and a
 * dropped connection (the sandbox posted the message, then spoiled the answer: retried, a duplicate), and
 * CAM's 520 (refused: parked at once). A random 520 for a valid room is not what a real CAM does, but it
 * stands for a refusal nobody could foresee (a room deleted meanwhile), and it is the only way to reach the
 * corner where a message is posted, its answer lost, and the resend refused. The messages CAM refuses by
 * content go to a room that does not exist.
 * <p>
 * Duplicates are told apart by what the route saw: a Camel event notifier (an observer, not a mock) records
 * every failed call to CAM with the message it carried; the sandbox's request log gives the faults it
 * injected, and the two are checked against each other.
 */
class JmsEndToEndIT {

    static final int MESSAGES = 10_000;
    /** Every 100th message (1 %) names a room CAM does not have: refused with 520, error code 404. */
    static final int UNKNOWN_ROOM_EVERY = 100;
    static final String UNKNOWN_ROOM = "no-such-room";
    /** More consumers than a small machine has cores: CAM stays busy while some of them wait to retry. */
    static final int CONSUMERS = 8;
    static final double FAULT_RATE = 0.10;
    /**
     * The nine kinds of fault a sendMessage call meets; the body faults meant for streamed answers
     * (STALL_BODY holds a sandbox thread 30 s, OVERSIZED_ANSWER sends 512 MiB) are the soak's and the
     * transport tests' business.
     */
    static final FaultKind[] FAULT_KINDS = {FaultKind.STATUS_500, FaultKind.STATUS_502, FaultKind.STATUS_503,
        FaultKind.STATUS_504, FaultKind.TOO_MANY_REQUESTS, FaultKind.CAM_ERROR, FaultKind.DELAY,
        FaultKind.TRUNCATED_JSON, FaultKind.DROP_CONNECTION};
    /**
     * Faults meet requests in arrival order, so the counts of each kind repeat from run to run; which message
     * meets which fault depends on the eight consumers' timing and does not.
     */
    static final long SEED = 6L;
    /**
     * Well below the sandbox's default delay fault (1 s), so that fault always becomes a timeout: it fires
     * within 350 ms (timeouts are checked every 100 ms), 650 ms before the late answer.
     */
    static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(250);
    static final Duration OUTAGE = Duration.ofSeconds(3);
    /** 15 retries, 20 ms doubling up to 1 s: some 10 s of trying, well beyond the outage. */
    static final int MAXIMUM_REDELIVERIES = 15;

    @TempDir
    Path workDir;

    @Test
    void tenThousandMessagesThroughFaultsAndARestartAllArriveOrAreParkedAsRejected() throws Exception {
        // the delay fault holds a sandbox worker for 1 s: enough workers that the others never queue behind it
        try (CamSandbox sandbox = CamSandbox.builder().threads(64).start()) {
            FailedCalls failedCalls = new FailedCalls();
            RunningExamples examples = RunningExamples.start(sandbox, workDir, Map.of(
                    "camel.main.route-filter-include-pattern", "jms-to-chat*",
                    "jms-to-chat.concurrent-consumers", String.valueOf(CONSUMERS),
                    "jms-to-chat.maximum-redeliveries", String.valueOf(MAXIMUM_REDELIVERIES),
                    "jms-to-chat.redelivery-delay", "20",
                    "jms-to-chat.maximum-redelivery-delay", "1000",
                    "camel.component.cam.response-timeout", RESPONSE_TIMEOUT.toMillis() + "ms"),
                    Map.of("failedCalls", failedCalls));
            try {
                Run run = run(sandbox, examples);
                Report report = new Report(run, sandbox.messages(), sandbox.requests(), failedCalls.calls,
                        leasedConnections(examples));
                System.out.println(report.table());
                report.assertNothingLost();
            } finally {
                examples.close();
            }
        }
    }

    /** Sends the messages, stops CAM halfway, waits until every message was handled, reads the dead-letter queue. */
    private static Run run(CamSandbox sandbox, RunningExamples examples) throws Exception {
        ConnectionFactory broker = examples.services().broker().orElseThrow().connectionFactory();
        NotifyBuilder done = new NotifyBuilder(examples.context()).fromRoute("jms-to-chat").whenDone(MESSAGES).create();
        sandbox.faults().randomly(FAULT_RATE, SEED, FAULT_KINDS);

        Instant started = Instant.now();
        List<String> sent = send(broker, examples.property("jms-to-chat.queue"));

        await().atMost(Duration.ofMinutes(2)).until(() -> sandbox.messageCount() >= MESSAGES / 2);
        Instant stopped = Instant.now();
        sandbox.stop();
        Thread.sleep(OUTAGE.toMillis());
        sandbox.start();
        Instant restarted = Instant.now();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(done::matches);
        Duration took = Duration.between(started, Instant.now());
        sandbox.faults().clear();
        return new Run(sent, readDeadLetters(broker, examples.property("jms.dead-letter-queue")), stopped, restarted, took);
    }

    /** A plain JMS client, as another system would send: msg-00001 ... msg-10000, every 100th to the unknown room. */
    private static List<String> send(ConnectionFactory broker, String queue) throws Exception {
        List<String> sent = new ArrayList<>(MESSAGES);
        try (Connection connection = broker.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            for (int i = 1; i <= MESSAGES; i++) {
                String text = String.format("msg-%05d", i);
                TextMessage message = session.createTextMessage(text);
                if (i % UNKNOWN_ROOM_EVERY == 0) {
                    message.setStringProperty("room", UNKNOWN_ROOM);
                }
                producer.send(message);
                sent.add(text);
            }
        }
        return sent;
    }

    /** Everything in the dead-letter queue, by text; the route has finished, so a second of silence means empty. */
    private static Map<String, Parked> readDeadLetters(ConnectionFactory broker, String queue) throws Exception {
        Map<String, Parked> parked = new HashMap<>();
        try (Connection connection = broker.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            for (Message m = consumer.receive(1000); m != null; m = consumer.receive(1000)) {
                Parked previous = parked.put(((TextMessage) m).getText(), new Parked(m.getStringProperty(DeadLetters.CAUSE),
                        m.getStringProperty(DeadLetters.CAM_ERROR_CODE), m.getStringProperty("room")));
                assertThat(previous).as("parked twice: %s", ((TextMessage) m).getText()).isNull();
            }
        }
        return parked;
    }

    /** Once every call has ended, no pooled connection may still be leased or awaited. */
    private static List<TransportStatus> leasedConnections(RunningExamples examples) {
        CamComponent cam = examples.context().getComponent("cam", CamComponent.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> cam.transportStatus().stream()
                .allMatch(transport -> transport.leased() == 0 && transport.pending() == 0));
        return cam.transportStatus();
    }

    record Run(List<String> sent, Map<String, Parked> parked, Instant stopped, Instant restarted, Duration took) {
    }

    record Parked(String cause, String camErrorCode, String room) {
    }

    /** A call to CAM that failed: the message it carried, the exception, and when. */
    record FailedCall(String text, Exception failure, Instant at) {
    }

    /** Records every failed call to a {@code cam:} endpoint, redeliveries included. */
    public static final class FailedCalls extends EventNotifierSupport {
        final Queue<FailedCall> calls = new ConcurrentLinkedQueue<>();

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeSentEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            CamelEvent.ExchangeSentEvent sent = (CamelEvent.ExchangeSentEvent) event;
            Exception failure = sent.getExchange().getException();
            if (failure != null && sent.getEndpoint().getEndpointUri().startsWith("cam:")) {
                // the producer leaves the body alone when it fails: it is still the JMS message's text
                calls.add(new FailedCall(sent.getExchange().getMessage().getBody(String.class), failure, Instant.now()));
            }
        }
    }

    /** How CAM's answer to a call was lost, if it was: then CAM may have posted the message. */
    enum LostAnswer {
        TIMEOUT("timeout", FaultKind.DELAY),
        UNREADABLE("unreadable answer", FaultKind.TRUNCATED_JSON),
        BROKEN("broken connection", FaultKind.DROP_CONNECTION);

        final String words;
        final FaultKind fault;

        LostAnswer(String words, FaultKind fault) {
            this.words = words;
            this.fault = fault;
        }

        /** {@code null} when CAM answered (503, 520, ...) or was never reached (no connection). */
        static LostAnswer of(Exception failure) {
            if (failure instanceof CamTimeoutException) {
                return TIMEOUT;
            }
            if (failure instanceof CamConnectException) {
                return null;
            }
            if (failure instanceof CamTransportException) {
                return BROKEN;
            }
            return failure instanceof CamResponseException ? UNREADABLE : null;
        }
    }

    /** The figures of one run, the table printed, and the assertions. */
    static final class Report {
        final Run run;
        final Map<String, Long> received;
        final List<RecordedRequest> requests;
        final Map<String, List<FailedCall>> lostAnswers;
        final List<FailedCall> failedCalls;
        final List<TransportStatus> pools;

        Report(Run run, List<ReceivedMessage> messages, List<RecordedRequest> requests, Collection<FailedCall> failedCalls,
                List<TransportStatus> pools) {
            this.run = run;
            this.received = messages.stream().collect(Collectors.groupingBy(ReceivedMessage::text, Collectors.counting()));
            this.requests = requests.stream().filter(r -> r.operation().equals("sendMessage")).toList();
            this.failedCalls = List.copyOf(failedCalls);
            this.lostAnswers = this.failedCalls.stream().filter(c -> LostAnswer.of(c.failure()) != null)
                    .collect(Collectors.groupingBy(FailedCall::text));
            this.pools = pools;
        }

        /** Times CAM got a message beyond the one that counted: a second post, or a post before the refusal that parked it. */
        long extraPosts(String text) {
            long posts = received.getOrDefault(text, 0L);
            return run.parked.containsKey(text) ? posts : Math.max(0, posts - 1);
        }

        List<String> missing() {
            return run.sent.stream().filter(t -> !received.containsKey(t) && !run.parked.containsKey(t)).toList();
        }

        /** Why a message was posted more than once, in the words of the lost answers before, e.g. "timeout". */
        Map<String, Long> duplicatesByCause() {
            return received.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.groupingBy(this::lossesOf, TreeMap::new, Collectors.counting()));
        }

        private String lossesOf(String text) {
            String losses = lostAnswers.getOrDefault(text, List.of()).stream().map(this::describe).distinct().sorted()
                    .collect(Collectors.joining(" + "));
            return losses.isEmpty() ? "no answer lost" : losses;
        }

        private String describe(FailedCall call) {
            LostAnswer loss = LostAnswer.of(call.failure());
            boolean duringStop = !call.at().isBefore(run.stopped) && !call.at().isAfter(run.restarted);
            return loss.words + (loss == LostAnswer.BROKEN && duringStop ? " when CAM stopped" : " (" + loss.fault + ")");
        }

        /** sendMessage requests the sandbox spoiled, by fault kind. */
        Map<String, Long> faultsInjected() {
            return requests.stream().filter(r -> r.fault() != null)
                    .collect(Collectors.groupingBy(RecordedRequest::fault, TreeMap::new, Collectors.counting()));
        }

        long postedThenSpoiled() {
            return requests.stream().filter(r -> r.fault() != null && FaultKind.valueOf(r.fault()).processesRequest()
                    && r.camStatus() == 200).count();
        }

        long spoiledAfterProcessing() {
            return requests.stream().filter(r -> r.fault() != null && FaultKind.valueOf(r.fault()).processesRequest()).count();
        }

        /** Answers the route lost that the sandbox did not spoil: cut off when CAM stopped, or too slow without a fault. */
        long lostWithoutAFault() {
            return lostAnswers.values().stream().mapToLong(List::size).sum() - spoiledAfterProcessing();
        }

        String table() {
            Map<String, Object> rows = new LinkedHashMap<>();
            long toUnknownRoom = run.sent.size() / UNKNOWN_ROOM_EVERY;
            long totalReceived = received.values().stream().mapToLong(Long::longValue).sum();
            long duplicated = received.values().stream().filter(n -> n > 1).count();
            long postedAndParked = run.parked.keySet().stream().filter(received::containsKey).count();
            rows.put("messages sent to the JMS queue", run.sent.size() + " (" + toUnknownRoom + " of them to the room '"
                    + UNKNOWN_ROOM + "')");
            rows.put("distinct messages received by CAM", received.size());
            rows.put("messages received by CAM in all", totalReceived);
            rows.put("duplicates: messages received more than once", duplicated + " (" + (totalReceived - received.size())
                    + " extra copies)");
            duplicatesByCause().forEach((cause, n) -> rows.put("- after: " + cause, n));
            rows.put("dead-lettered", run.parked.size());
            run.parked.values().stream()
                    .collect(Collectors.groupingBy(Report::whyParked, TreeMap::new, Collectors.counting()))
                    .forEach((why, n) -> rows.put("- " + why, n));
            rows.put("- of them received by CAM before the refusal (an answer lost, then the resend refused)",
                    postedAndParked);
            rows.put("missing (neither received nor dead-lettered)", missing().size());
            rows.put("sent = distinct received + dead-lettered - both", run.sent.size() + " = " + received.size() + " + "
                    + run.parked.size() + " - " + postedAndParked);
            rows.put("sendMessage requests to CAM", requests.size());
            rows.put("faults injected (" + Math.round(FAULT_RATE * 100) + " % of requests, seed " + SEED + ")",
                    figures(faultsInjected()));
            rows.put("answers spoiled after CAM posted the message", postedThenSpoiled());
            rows.put("answers lost without a fault (CAM stopping mid-request, a slow answer)", lostWithoutAFault());
            rows.put("failed calls seen by the route, by exception", figures(failedCalls.stream()
                    .collect(Collectors.groupingBy(c -> c.failure().getClass().getSimpleName(), TreeMap::new,
                            Collectors.counting()))));
            rows.put("CAM stopped for", OUTAGE.toSeconds() + " s, after " + MESSAGES / 2 + " messages had arrived");
            rows.put("connections leased after the run", pools.stream().mapToInt(TransportStatus::leased).sum()
                    + " " + pools);
            rows.put("duration (first message sent to last one done)", String.format("%.1f s", run.took.toMillis() / 1000.0));

            StringBuilder table = new StringBuilder("\n10,000-message JMS end-to-end run: " + CONSUMERS
                    + " consumers, response timeout " + RESPONSE_TIMEOUT.toMillis() + " ms\n\n| figure | value |\n| --- | --- |\n");
            rows.forEach((figure, value) -> table.append("| ").append(figure).append(" | ").append(value).append(" |\n"));
            return table.toString();
        }

        /** E.g. {@code rejected, CamErrorCode 404, to the unknown room}. */
        private static String whyParked(Parked parked) {
            String where = UNKNOWN_ROOM.equals(parked.room()) ? "to the unknown room"
                    : DeadLetters.REJECTED.equals(parked.cause()) ? "to a room that exists (a CAM_ERROR fault)" : "to a room that exists";
            return parked.cause() + (parked.camErrorCode() == null ? "" : ", CamErrorCode " + parked.camErrorCode()) + ", " + where;
        }

        /** E.g. {@code 1,099 in all: DELAY 137, STATUS_500 127}. */
        private static String figures(Map<String, Long> counts) {
            return String.format("%,d in all: ", counts.values().stream().mapToLong(Long::longValue).sum())
                    + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }

        void assertNothingLost() {
            assertThat(run.sent).doesNotHaveDuplicates().hasSize(MESSAGES);
            assertThat(missing()).as("messages neither received by CAM nor dead-lettered").isEmpty();
            assertThat(received.keySet()).as("messages CAM received that nobody sent").isSubsetOf(run.sent);

            // nothing unavailable, nothing of unknown fate: only refusals, each with CAM's code
            run.parked.forEach((text, parked) -> assertThat(parked).as("parked %s", text)
                    .returns(DeadLetters.REJECTED, Parked::cause).returns("404", Parked::camErrorCode));
            run.sent.stream().filter(t -> Integer.parseInt(t.substring(4)) % UNKNOWN_ROOM_EVERY == 0)
                    .forEach(t -> assertThat(run.parked).as("to the unknown room: %s", t).containsKey(t));
            assertThat(run.sent.size()).as("sent = distinct received + dead-lettered - both")
                    .isEqualTo(received.size() + run.parked.size()
                            - run.parked.keySet().stream().filter(received::containsKey).count());
            // each parked message met one 520 that reached the route; a 520 answer spoiled by a fault or cut off by
            // the stop (at most one per consumer) did not reach it
            long refusalsAnswered = requests.stream().filter(r -> r.camStatus() == 520
                    && (r.fault() == null || !FaultKind.valueOf(r.fault()).processesRequest())).count();
            assertThat(refusalsAnswered).as("520 answers, against %s parked messages", run.parked.size())
                    .isBetween((long) run.parked.size(), (long) run.parked.size() + CONSUMERS);

            // a message reached CAM again only after an answer to it was lost
            received.keySet().forEach(text -> assertThat(lostAnswers.getOrDefault(text, List.of()).size())
                    .as("answers lost for %s, posted %s times%s", text, received.get(text),
                            run.parked.containsKey(text) ? " and parked" : "")
                    .isGreaterThanOrEqualTo((int) extraPosts(text)));
            // every answer the sandbox spoiled was lost to the route; the route may have lost more (the stop, a slow answer)
            assertThat(lostWithoutAFault()).as("answers lost by the route beyond those the sandbox spoiled")
                    .isNotNegative();
            // every message posted and then spoiled was sent again, and nothing was exhausted, so each made one more
            // post; any other extra post needs an answer lost without a fault
            assertThat(received.keySet().stream().mapToLong(this::extraPosts).sum())
                    .as("posts beyond the first, against answers spoiled after posting")
                    .isBetween(postedThenSpoiled(), postedThenSpoiled() + lostWithoutAFault());
            assertThat(faultsInjected()).as("fault kinds injected").containsOnlyKeys(
                    Arrays.stream(FAULT_KINDS).map(Enum::name).toArray(String[]::new));

            assertThat(pools).as("connection pools after the run").isNotEmpty()
                    .allSatisfy(transport -> assertThat(transport.leased()).as("leased in %s", transport).isZero());
        }
    }
}
