package io.camelcam.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.component.CamComponent;
import io.camelcam.component.TransportStatus;
import io.camelcam.sandbox.FaultKind;

/**
 * The soak's once-a-second measurements: the heap in use right after a full collection (the
 * MemoryMXBean read after {@link System#gc()}, which G1 runs as a full, stop-the-world collection),
 * the live threads, the component's pooled connections ({@link CamComponent#transportStatus()}), and
 * what the sandbox's request log shows (requests and the faults it injected). Judges at the end whether
 * a series grew.
 */
final class SoakSampler {

    /** Growth is judged only on runs this long: the first minute is warm-up, then two windows are compared. */
    static final double MIN_JUDGED_SECONDS = 120;
    static final double BASELINE_FROM = 60;
    static final double WINDOW = 30;
    static final double HEAP_TOLERANCE_MB = 16;
    static final int THREAD_TOLERANCE = 16;

    private static final Pattern POOL = Pattern.compile("leased: (\\d+); pending: (\\d+); available: (\\d+); max: (\\d+)");
    private static final List<String> MESSAGE_OPERATIONS = List.of("sendMessage", "sendMessages");

    record Sample(double seconds, double heapMb, int threads, int open, int leased, int pending, int max) {
    }

    /** One series: figures in the series' unit; {@code judged} false when the run was too short to tell. */
    record Judgement(String series, String first, String baseline, String end, String last, String max, String criterion,
                     boolean judged, boolean ok) {
    }

    private final CamComponent cam;
    private final SandboxProcess sandbox;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Long> faults = new TreeMap<>();
    private long lastSeq;
    private long requests;
    private long unseenRequests;
    private long messageRequestsSpoiledAfterProcessing;

    SoakSampler(CamComponent cam, SandboxProcess sandbox) {
        this.cam = cam;
        this.sandbox = sandbox;
    }

    /** Takes one sample (a full GC included) and reads the sandbox's new log entries. */
    synchronized Sample sample(double seconds) throws IOException, InterruptedException {
        System.gc();
        double heap = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
        int open = 0;
        int leased = 0;
        int pending = 0;
        int max = 0;
        for (TransportStatus transport : cam.transportStatus()) {
            leased += transport.leased();
            pending += transport.pending();
            open += transport.leased() + transport.available();
            max += transport.max();
        }
        Sample sample = new Sample(seconds, heap, threads.getThreadCount(), open, leased, pending, max);
        samples.add(sample);
        readRequestLog();
        return sample;
    }

    private void readRequestLog() throws IOException, InterruptedException {
        List<JsonNode> fresh = sandbox.requestsAfter(lastSeq);
        if (fresh.isEmpty()) {
            return;
        }
        // the log is a ring: whatever fell out of it between two reads is counted, not seen
        unseenRequests += fresh.get(0).get("seq").asLong() - lastSeq - 1;
        for (JsonNode r : fresh) {
            requests++;
            JsonNode fault = r.get("fault");
            if (fault != null && !fault.isNull()) {
                faults.merge(fault.asText(), 1L, Long::sum);
                if (FaultKind.valueOf(fault.asText()).processesRequest()
                        && MESSAGE_OPERATIONS.contains(r.get("operation").asText())) {
                    messageRequestsSpoiledAfterProcessing++;
                }
            }
        }
        lastSeq = fresh.get(fresh.size() - 1).get("seq").asLong();
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized long requests() {
        return requests;
    }

    synchronized long unseenRequests() {
        return unseenRequests;
    }

    synchronized Map<String, Long> faults() {
        return Map.copyOf(faults);
    }

    synchronized long faultTotal() {
        return faults.values().stream().mapToLong(Long::longValue).sum();
    }

    /** sendMessage(s) requests the sandbox processed before a fault spoiled the answer ({@link FaultKind#processesRequest()}). */
    synchronized long messageRequestsSpoiledAfterProcessing() {
        return messageRequestsSpoiledAfterProcessing;
    }

    /**
     * Heap after GC: the median of the last {@value #WINDOW} s within {@value #HEAP_TOLERANCE_MB} MB of the
     * median of the {@value #WINDOW} s after the 1-minute mark. Threads: the most in the last window within
     * {@value #THREAD_TOLERANCE} of the most in that first window. Connections: never more open than the pools
     * allow. Heap and threads are not judged on runs shorter than {@value #MIN_JUDGED_SECONDS} s.
     */
    static List<Judgement> judge(List<Sample> run, double seconds) {
        boolean judged = seconds >= MIN_JUDGED_SECONDS;
        List<Sample> baseline = window(run, BASELINE_FROM, BASELINE_FROM + WINDOW);
        List<Sample> end = window(run, seconds - WINDOW, Double.MAX_VALUE);
        List<Judgement> out = new ArrayList<>();

        double heapBase = median(baseline, Sample::heapMb);
        double heapEnd = median(end, Sample::heapMb);
        out.add(new Judgement("heap after GC, MB (median)", mb(run.get(0).heapMb()), mb(heapBase), mb(heapEnd),
                mb(last(run).heapMb()),
                mb(max(run, Sample::heapMb)),
                String.format("median of the last %.0f s <= median of %.0f-%.0f s + %.0f MB", WINDOW, BASELINE_FROM,
                        BASELINE_FROM + WINDOW, HEAP_TOLERANCE_MB),
                judged, !judged || heapEnd <= heapBase + HEAP_TOLERANCE_MB));

        double threadsBase = max(baseline, Sample::threads);
        double threadsEnd = max(end, Sample::threads);
        out.add(new Judgement("live threads (most)", n(run.get(0).threads()), n(threadsBase), n(threadsEnd),
                n(last(run).threads()),
                n(max(run, Sample::threads)),
                String.format("most in the last %.0f s <= most in %.0f-%.0f s + %d", WINDOW, BASELINE_FROM,
                        BASELINE_FROM + WINDOW, THREAD_TOLERANCE),
                judged, !judged || threadsEnd <= threadsBase + THREAD_TOLERANCE));

        boolean withinPools = run.stream().allMatch(s -> s.open() <= s.max());
        out.add(new Judgement("connections open (most)", n(run.get(0).open()), n(max(baseline, Sample::open)),
                n(max(end, Sample::open)), n(last(run).open()), n(max(run, Sample::open)), "never more than the pools' maximum ("
                + last(run).max() + ")", true, withinPools));
        out.add(new Judgement("connections leased (most)", n(run.get(0).leased()), n(max(baseline, Sample::leased)),
                n(max(end, Sample::leased)), n(last(run).leased()), n(max(run, Sample::leased)), "0 leased and 0 pending after the drain (below)",
                false, true));
        return out;
    }

    private static List<Sample> window(List<Sample> run, double from, double to) {
        List<Sample> w = run.stream().filter(s -> s.seconds() >= from && s.seconds() < to).toList();
        return w.isEmpty() ? List.of(last(run)) : w;
    }

    private static Sample last(List<Sample> run) {
        return run.get(run.size() - 1);
    }

    private static double median(List<Sample> w, ToDoubleFunction<Sample> f) {
        return HttpBench.median(w.stream().mapToDouble(f).toArray());
    }

    private static double max(List<Sample> w, ToDoubleFunction<Sample> f) {
        return w.stream().mapToDouble(f).max().orElse(Double.NaN);
    }

    private static String mb(double v) {
        return String.format("%.1f", v);
    }

    private static String n(double v) {
        return String.format("%.0f", v);
    }
}
