package io.camelcam.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;

import io.camelcam.component.CamComponent;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.FaultKind;

/**
 * The soak: for a given time, mixed operations through one CamelContext against a sandbox JVM that
 * injects random faults of every kind it has, each operation paced at a steady rate with a bound on
 * its calls in flight, and {@code exportUsers} → {@code updateUsersCSV} of the sandbox's users over and
 * over. Once a second {@link SoakSampler} measures heap, threads and connections; at the end the run
 * fails if a message or an operation is unaccounted for, a failure is not one of the component's
 * exception types, the sandbox's count disagrees with the acknowledged messages, a connection is still
 * leased, or a series grew.
 */
final class SoakBench {

    static final double DEFAULT_FAULT_RATE = 0.05;
    static final long DEFAULT_SEED = 11;

    private static final String SANDBOX_HEAP = "1g";
    /** Each delay fault holds a sandbox worker for its second, each stalled body for 30 s. */
    private static final int SANDBOX_THREADS = 128;
    private static final int SEEDED_USERS = 9;
    private static final String STREAM = "exportUsers -> updateUsersCSV";
    /** Long enough for every retry and timeout of an operation; an operation still open after it is lost. */
    private static final Duration DRAIN = Duration.ofSeconds(60);
    private static final Duration STREAM_DEADLINE = Duration.ofMinutes(3);
    private static final int MESSAGES_PER_CALL = 25;
    private static final long PRINT_EVERY_SECONDS = 10;
    private static final long SAMPLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** @param streamUsers the sandbox's synthetic users, which every export → upload copies */
    record Settings(Duration duration, int streamUsers, double faultRate, long seed) {
    }

    /** One paced operation: its endpoint, its rate, its bound on calls in flight, and what one call carries. */
    private record Lane(String name, String uri, double perSecond, int maxInFlight, int messages, Supplier<Object> body) {
        String route() {
            return "direct:" + name.replaceAll("[^A-Za-z0-9]+", "-");
        }
    }

    private SoakBench() {
    }

    static void run(Settings s, PrintStream out) throws Exception {
        double seconds = s.duration().toMillis() / 1000.0;
        out.printf("%nSoak: %.1f min of mixed operations through one CamelContext in this JVM against a sandbox JVM "
                + "(-Xmx%s, %,d synthetic users), %.1f %% random faults of all %d kinds (seed %d)%n",
                seconds / 60, SANDBOX_HEAP, s.streamUsers(), s.faultRate() * 100, FaultKind.values().length, s.seed());
        AtomicReference<String> roomId = new AtomicReference<>();
        List<Lane> lanes = lanes(roomId);
        out.printf("| operation | endpoint | calls/s | at most in flight |%n| --- | --- | ---: | ---: |%n");
        lanes.forEach(l -> out.printf("| %s | `%s` | %.0f | %d |%n", l.name(), l.uri(), l.perSecond(), l.maxInFlight()));
        out.printf("| %s | `%s` then `%s` | one after the other | 1 |%n", STREAM, exportUri(), uploadUri(s.streamUsers()));
        List<String> problems = new ArrayList<>();
        try (SandboxProcess sandbox = SandboxProcess.start(SANDBOX_HEAP, s.streamUsers(), SANDBOX_THREADS)) {
            CamComponent cam = new CamComponent();
            CamelContext context = context(sandbox, cam, lanes, s.streamUsers());
            try {
                soak(s, sandbox, cam, context, lanes, roomId, out, problems);
            } finally {
                context.close();
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("soak failed: " + String.join("; ", problems));
        }
    }

    private static CamelContext context(SandboxProcess sandbox, CamComponent cam, List<Lane> lanes, int streamUsers)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        cam.getConfiguration().setServerUrl(sandbox.url());
        cam.getConfiguration().setApiToken(SandboxProcess.USER_TOKEN);
        cam.getConfiguration().setAdminApiToken(SandboxProcess.ADMIN_TOKEN);
        context.addComponent("cam", cam);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // failures are counted by the soak; Camel's default handler would log each one with its history
                errorHandler(noErrorHandler());
                lanes.forEach(lane -> from(lane.route()).to(lane.uri()));
                // the set-up, on a cold JVM: the default timeout
                from("direct:createChatRoom").to("cam:updateChatRoom");
                // as in the stream benchmark: no stream caching, so the export streams into the upload
                from("direct:stream").streamCache("false")
                        .to(exportUri())
                        .to(uploadUri(streamUsers));
            }
        });
        context.start();
        return context;
    }

    /** A stalled answer (30 s) ends the copy; the first byte of an export comes at once. */
    private static String exportUri() {
        return "cam:exportUsers?responseTimeout=5s";
    }

    /** Long enough for the sandbox to apply the upload (well under a second per 50,000 users). */
    private static String uploadUri(int users) {
        return "cam:updateUsersCSV?responseTimeout=" + Math.max(10, users / 50_000) + "s";
    }

    /**
     * 500 ms response timeouts, so a delay fault (1 s) becomes a timeout; {@code retryOn} on two of the
     * writes, for the answers by which CAM says it did not process the request.
     */
    private static List<Lane> lanes(AtomicReference<String> roomId) {
        String quick = "responseTimeout=500ms";
        List<Object> batch = IntStream.rangeClosed(1, MESSAGES_PER_CALL).mapToObj(i -> (Object) ("soak message " + i)).toList();
        AtomicLong toggle = new AtomicLong();
        return List.of(
                new Lane("sendMessage", Payload.CAM_URI + "&" + quick + "&retryOn=429,503,connect", 200, 8, 1,
                        () -> Payload.TEXT),
                new Lane("sendMessage batchSize=100", Payload.CAM_URI + "&" + quick + "&batchSize=100&batchTimeout=20ms",
                        1000, 300, 1, () -> Payload.TEXT),
                new Lane("sendMessages of " + MESSAGES_PER_CALL, "cam:sendMessages?room=" + Payload.ROOM + "&" + quick
                        + "&retryOn=429,503", 10, 2, MESSAGES_PER_CALL, () -> batch),
                new Lane("createQuickCall", "cam:createQuickCall?" + quick, 10, 2, 0, () -> null),
                new Lane("updateChatRoom", "cam:updateChatRoom?" + quick, 5, 1, 0,
                        () -> Map.of("id", roomId.get(), "isPublic", toggle.incrementAndGet() % 2 == 0)),
                new Lane("getConferenceMaster", "cam:getConferenceMaster?" + quick, 5, 2, 0, () -> null),
                new Lane("getConferenceRooms", "cam:getConferenceRooms?" + quick, 5, 2, 0, () -> null),
                new Lane("getConferenceRoomStatus", "cam:getConferenceRoomStatus?month=current&" + quick, 5, 2, 0, () -> null));
    }

    private static void soak(Settings s, SandboxProcess sandbox, CamComponent cam, CamelContext context, List<Lane> lanes,
                             AtomicReference<String> roomId, PrintStream out, List<String> problems) throws Exception {
        // before any fault: the room the soak then updates
        Exchange created = context.createProducerTemplate().request("direct:createChatRoom",
                e -> e.getMessage().setBody(Map.of("name", "soak-room", "isPublic", true)));
        if (created.getException() != null) {
            throw created.getException();
        }
        roomId.set(created.getMessage().getHeader(CamConstants.CHAT_ROOM_ID, String.class));
        List<String> names = new ArrayList<>(lanes.stream().map(Lane::name).toList());
        names.add(STREAM);
        SoakLedger ledger = new SoakLedger(names);
        List<AsyncProducer> producers = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Lane lane : lanes) {
            Endpoint endpoint = context.getEndpoint(lane.route());
            AsyncProducer producer = endpoint.createAsyncProducer();
            ServiceHelper.startService(producer);
            endpoints.add(endpoint);
            producers.add(producer);
        }
        AtomicLong shortUploads = new AtomicLong();
        SoakSampler sampler = new SoakSampler(cam, sandbox);
        sampler.sample(0); // the baseline of the request log and the first figures, faults not yet on

        if (s.faultRate() > 0) {
            sandbox.randomFaults(s.faultRate(), s.seed(), Arrays.stream(FaultKind.values()).map(Enum::name).toList());
        }
        long start = System.nanoTime();
        long end = start + s.duration().toNanos();
        Thread pacer = new Thread(() -> pace(lanes, endpoints, producers, ledger, start, end), "soak-pacer");
        Endpoint streamEndpoint = context.getEndpoint("direct:stream");
        AsyncProducer streamProducer = streamEndpoint.createAsyncProducer();
        ServiceHelper.startService(streamProducer);
        Thread streams = new Thread(() -> stream(streamEndpoint, streamProducer, ledger, s.streamUsers() + SEEDED_USERS,
                shortUploads, end, out), "soak-streams");
        // daemons: should the soak fail half-way, they must not keep a JVM alive (they stop at the end anyway)
        pacer.setDaemon(true);
        streams.setDaemon(true);
        pacer.start();
        streams.start();
        long printed = 0;
        for (long next = start + SAMPLE_NANOS; next < end; next += SAMPLE_NANOS) {
            long wait = next - System.nanoTime();
            if (wait < 0) {
                continue; // a slow sample (its GC, the sandbox's log): keep to the once-a-second grid
            }
            TimeUnit.NANOSECONDS.sleep(wait);
            double t = (System.nanoTime() - start) / 1e9;
            SoakSampler.Sample sample = sampler.sample(t);
            if ((long) t / PRINT_EVERY_SECONDS > printed) {
                printed = (long) t / PRINT_EVERY_SECONDS;
                out.println(progress(sample, ledger, sampler));
            }
        }
        pacer.join(DRAIN.toMillis());
        streams.join(STREAM_DEADLINE.toMillis());
        long drainEnd = System.nanoTime() + DRAIN.toNanos();
        while (ledger.inFlight() > 0 && System.nanoTime() < drainEnd) {
            Thread.sleep(50);
        }
        sandbox.clearFaults();
        SoakSampler.Sample drained = sampler.sample((System.nanoTime() - start) / 1e9);
        long received = sandbox.messageTotal();
        producers.forEach(ServiceHelper::stopService);
        ServiceHelper.stopService(streamProducer);

        report(s, ledger, sampler, drained, received, shortUploads.get(), out, problems);
    }

    /** Starts each lane's calls at its rate, never more than its bound in flight and never in a burst after a stall. */
    private static void pace(List<Lane> lanes, List<Endpoint> endpoints, List<AsyncProducer> producers, SoakLedger ledger,
                             long start, long end) {
        long[] started = new long[lanes.size()];
        try {
            while (System.nanoTime() < end) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                for (int i = 0; i < lanes.size(); i++) {
                    Lane lane = lanes.get(i);
                    SoakLedger.Operation op = ledger.operation(lane.name());
                    long due = (long) (lane.perSecond() * elapsed);
                    started[i] = Math.max(started[i], due - lane.maxInFlight());
                    for (; started[i] < due && op.inFlight.get() < lane.maxInFlight(); started[i]++) {
                        send(endpoints.get(i), producers.get(i), lane.body().get(), op, lane.messages(), ledger, null);
                    }
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the users over and over, one copy at a time, until the end; stops early on a copy that never ends. */
    private static void stream(Endpoint endpoint, AsyncProducer producer, SoakLedger ledger, int users,
                               AtomicLong shortUploads, long end, PrintStream out) {
        SoakLedger.Operation op = ledger.operation(STREAM);
        try {
            while (System.nanoTime() < end) {
                CountDownLatch done = new CountDownLatch(1);
                send(endpoint, producer, null, op, 0, ledger, exchange -> {
                    if (exchange.getException() == null) {
                        Integer created = exchange.getMessage().getHeader(CamConstants.USERS_CREATED, Integer.class);
                        Integer updated = exchange.getMessage().getHeader(CamConstants.USERS_UPDATED, Integer.class);
                        if (created == null || updated == null || created + updated != users) {
                            shortUploads.incrementAndGet();
                        }
                    }
                    done.countDown();
                });
                if (!done.await(STREAM_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                    out.printf("soak: an %s has had no outcome for %d s; no further copies%n", STREAM,
                            STREAM_DEADLINE.toSeconds());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Completion {
        void done(Exchange exchange);
    }

    private static void send(Endpoint endpoint, AsyncProducer producer, Object body, SoakLedger.Operation op, int messages,
                             SoakLedger ledger, Completion then) {
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(body);
        ledger.started(op, messages);
        try {
            producer.process(exchange, doneSync -> {
                ledger.completed(op, messages, exchange.getException());
                if (then != null) {
                    then.done(exchange);
                }
            });
        } catch (RuntimeException e) {
            // an asynchronous producer reports on the exchange; one that throws instead still gets counted
            exchange.setException(e);
            ledger.completed(op, messages, e);
            if (then != null) {
                then.done(exchange);
            }
        }
    }

    private static String progress(SoakSampler.Sample sample, SoakLedger ledger, SoakSampler sampler) {
        return String.format("soak %4.0f s | heap after GC %5.1f MB | threads %3d | connections open %2d, leased %2d, "
                        + "pending %d | messages sent %,d, acknowledged %,d, failed %,d | copies %,d | faults %,d of %,d requests",
                sample.seconds(), sample.heapMb(), sample.threads(), sample.open(), sample.leased(), sample.pending(),
                ledger.total(op -> op.messagesSent), ledger.total(op -> op.messagesAcknowledged),
                ledger.total(op -> op.messagesFailed), ledger.operation(STREAM).succeeded.sum(), sampler.faultTotal(),
                sampler.requests());
    }

    private static void report(Settings s, SoakLedger ledger, SoakSampler sampler, SoakSampler.Sample drained,
                               long received, long shortUploads, PrintStream out, List<String> problems) {
        double seconds = s.duration().toMillis() / 1000.0;
        out.printf("%nOperations (%.1f min)%n", seconds / 60);
        out.printf("| operation | started | succeeded | failed | no outcome | failures by type |%n"
                + "| --- | ---: | ---: | ---: | ---: | --- |%n");
        for (SoakLedger.Operation op : ledger.operations()) {
            String byType = op.failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + String.format("%,d", e.getValue().sum())).collect(Collectors.joining(", "));
            out.printf("| %s | %,d | %,d | %,d | %,d | %s |%n", op.name, op.started.sum(), op.succeeded.sum(),
                    op.failed.sum(), op.inFlight.get(), byType);
        }
        long sent = ledger.total(op -> op.messagesSent);
        long acknowledged = ledger.total(op -> op.messagesAcknowledged);
        long failed = ledger.total(op -> op.messagesFailed);
        long unknown = ledger.total(op -> op.messagesOutcomeUnknown);
        long lost = sent - (acknowledged + failed);
        long extra = received - acknowledged;
        out.printf("%nmessages: sent %,d, acknowledged %,d, failed %,d (%,d of them with an unknown outcome: timeout, "
                + "broken connection, unreadable answer, HTTP 500/502/504), lost = sent - (acknowledged + failed) = %,d%n",
                sent, acknowledged, failed, unknown, lost);
        out.printf("sandbox received %,d = acknowledged + %,d. Those %,d are messages the sandbox accepted whose answer a "
                + "fault then spoiled (%,d sendMessage(s) requests were processed and then answered late, cut short, "
                + "stalled or oversized), so the component reported them failed with an unknown outcome. The soak redelivers nothing and "
                + "the component retries only what the sandbox refused unprocessed (429, 503, no connection; a batch "
                + "refused with a 520 is resent message by message), so no message is sent twice; a route that redelivers such failures (at least once, docs/errors-and-retries.md) "
                + "would post them twice. Expected: acknowledged <= received <= acknowledged + unknown-outcome failures "
                + "(%,d).%n", received, extra, extra, sampler.messageRequestsSpoiledAfterProcessing(), acknowledged + unknown);
        out.printf("%s: %,d copies of %,d users applied in full, %,d applied short (the export cut by a TRUNCATED_JSON "
                + "fault with a matching Content-Length: a shorter CSV that is still valid, which no client can tell)%n",
                STREAM, ledger.operation(STREAM).succeeded.sum() - shortUploads, s.streamUsers() + SEEDED_USERS, shortUploads);
        long requests = sampler.requests();
        out.printf("faults injected (the sandbox's request log): %,d of %,d requests (%.1f %%): %s%s%n",
                sampler.faultTotal(), requests, requests == 0 ? 0 : 100.0 * sampler.faultTotal() / requests,
                sampler.faults().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", ")),
                sampler.unseenRequests() == 0 ? "" : String.format(" (%,d requests left the log unread)", sampler.unseenRequests()));
        out.printf("failures by type, all operations: %s%n", ledger.failuresByType().entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", ")));

        List<SoakSampler.Sample> samples = sampler.samples();
        out.printf("%nSeries, one sample a second (%d samples; heap after GC = MemoryMXBean heap used right after "
                + "System.gc(), a full collection)%n", samples.size());
        out.printf("| series | first | %.0f-%.0f s | last %.0f s | last | max | criterion | verdict |%n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |%n",
                SoakSampler.BASELINE_FROM, SoakSampler.BASELINE_FROM + SoakSampler.WINDOW, SoakSampler.WINDOW);
        for (SoakSampler.Judgement j : SoakSampler.judge(samples, seconds)) {
            out.printf("| %s | %s | %s | %s | %s | %s | %s | %s |%n", j.series(), j.first(), j.baseline(), j.end(), j.last(), j.max(),
                    j.criterion(), !j.ok() ? "GREW" : j.judged() ? "ok" : "-");
            if (!j.ok()) {
                problems.add(j.series() + " grew: " + j.criterion());
            }
        }
        if (seconds < SoakSampler.MIN_JUDGED_SECONDS) {
            out.printf("(heap and threads are judged on runs of %.0f s or more: the first minute is warm-up)%n", SoakSampler.MIN_JUDGED_SECONDS);
        }
        out.printf("after the drain: %d connections leased, %d pending, %d open%n", drained.leased(), drained.pending(),
                drained.open());

        if (lost != 0) {
            problems.add(lost + " messages lost (no outcome)");
        }
        if (ledger.inFlight() != 0) {
            problems.add(ledger.inFlight() + " operations without an outcome " + DRAIN.toSeconds() + " s after the end");
        }
        if (ledger.untyped() > 0) {
            problems.add(ledger.untyped() + " failures not of a Cam* exception type");
            out.println("untyped failures, first examples:");
            ledger.untypedExamples().forEach(out::println);
        }
        if (received < acknowledged) {
            problems.add("the sandbox received " + received + " messages, fewer than the " + acknowledged + " acknowledged");
        }
        if (received > acknowledged + unknown) {
            problems.add("the sandbox received " + received + " messages, more than acknowledged + unknown-outcome failures ("
                    + (acknowledged + unknown) + ")");
        }
        if (drained.leased() != 0 || drained.pending() != 0) {
            problems.add("connections still leased or pending after the drain");
        }
        for (SoakLedger.Operation op : ledger.operations()) {
            if (op.succeeded.sum() == 0) {
                problems.add(op.name + " never succeeded");
            }
        }
        out.println(problems.isEmpty() ? "soak: PASSED" : "soak: FAILED: " + String.join("; ", problems));
    }
}
