package io.camelcam.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark command: {@code java -jar camel-cam-bench/target/camel-cam-bench.jar [http] [batch]
 * [latency] [stream] [startup] [soak] [options]} (see {@link #USAGE}). Without a part named it runs the
 * first five; the soak runs only when named. {@code --quick} is the smoke variant {@code mvn verify} runs:
 * the same code paths for a few seconds, figures meaningless.
 */
public final class BenchMain {

    static final String USAGE = "usage: [http] [batch] [latency] [stream] [startup] [soak] [--quick] [--rounds N] "
            + "[--seconds S] [--warmup S] [--concurrency 1,8,64] [--targets A,B,C] [--in-flight N] [--batch-modes single,batched,raw,ceiling] [--latency-ms L] "
            + "[--latency-concurrency 64,512,4096] [--runs N] [--users N] [--deadline S] [--minutes M] [--stream-users N] "
            + "[--fault-rate P] [--seed N]";

    private BenchMain() {
    }

    /** Exits 0 when everything passed, 1 otherwise (a lost message, a failed stream run, a soak check). */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(args, System.out);
        } catch (Exception e) {
            System.out.flush();
            System.err.println("FAILED: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // HttpClient and Camel leave non-daemon threads only while closing
    }

    /** Runs what the arguments ask for and checks that every message arrived; throws otherwise. */
    public static void run(String[] args, PrintStream out) throws Exception {
        Set<String> parts = new LinkedHashSet<>();
        boolean quick = false;
        Integer rounds = null;
        Double seconds = null;
        Double warmup = null;
        int[] concurrency = {1, 8, 64};
        Set<String> targets = Set.of("A", "B", "C", "D");
        int inFlight = 2_000;
        Set<String> batchModes = BatchBench.ALL_MODES;
        double latencyMillis = 5;
        int[] latencyConcurrency = null;
        int runs = 1;
        Integer users = null;
        Double deadline = null;
        Double minutes = null;
        Integer streamUsers = null;
        double faultRate = SoakBench.DEFAULT_FAULT_RATE;
        long seed = SoakBench.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "http", "batch", "latency", "stream", "startup", "soak" -> parts.add(arg);
                case "--quick" -> quick = true;
                case "--rounds" -> rounds = (int) whole(args, ++i, arg, 1, 1000);
                case "--seconds" -> seconds = number(args, ++i, arg, 0.01, 3600);
                case "--warmup" -> warmup = number(args, ++i, arg, 0, 3600);
                case "--in-flight" -> inFlight = (int) whole(args, ++i, arg, 1, 100_000);
                case "--batch-modes" -> batchModes = batchModes(value(args, ++i, arg));
                case "--targets" -> targets = Set.of(value(args, ++i, arg).split(","));
                case "--concurrency" -> concurrency = Arrays.stream(value(args, ++i, arg).split(","))
                        .mapToInt(Integer::parseInt).toArray();
                case "--latency-ms" -> latencyMillis = number(args, ++i, arg, 0.001, 60_000);
                case "--latency-concurrency" -> latencyConcurrency = Arrays.stream(value(args, ++i, arg).split(","))
                        .mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = (int) whole(args, ++i, arg, 1, 1000);
                case "--users" -> users = (int) whole(args, ++i, arg, 1, 99_999_999);
                case "--deadline" -> deadline = number(args, ++i, arg, 1, 86_400);
                case "--minutes" -> minutes = number(args, ++i, arg, 0.05, 10_080);
                case "--stream-users" -> streamUsers = (int) whole(args, ++i, arg, 1, 10_000_000);
                case "--fault-rate" -> faultRate = number(args, ++i, arg, 0, 1);
                case "--seed" -> seed = whole(args, ++i, arg, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "; " + USAGE);
            }
        }
        if (parts.isEmpty()) {
            parts.addAll(List.of("http", "batch", "latency", "stream", "startup"));
        }
        Environment.print(out, args);
        if (parts.contains("http") || parts.contains("batch")) {
            Environment.partStarts(out, "http, batch");
            try (SandboxProcess sandbox = SandboxProcess.start("1g", 0)) {
                out.println("sandbox: " + sandbox.url() + " (own JVM, -Xmx1g)");
                long expected = 0;
                if (parts.contains("http")) {
                    HttpBench.Settings settings = new HttpBench.Settings(concurrency,
                            rounds != null ? rounds : quick ? 1 : 5,
                            seconds(seconds != null ? seconds : quick ? 0.3 : 5),
                            seconds(warmup != null ? warmup : quick ? 0 : 3), targets);
                    expected += HttpBench.run(sandbox, settings, out);
                }
                if (parts.contains("batch")) {
                    expected += BatchBench.run(sandbox, batchSettings(quick, rounds, seconds, warmup, inFlight, "loopback",
                            batchModes), out);
                }
                checkArrived(sandbox, expected, out);
            }
            Environment.partEnds(out, "http, batch");
        }
        if (parts.contains("latency")) {
            Duration latency = Duration.ofNanos(Math.round(latencyMillis * 1e6));
            Environment.partStarts(out, "latency");
            try (SandboxProcess sandbox = SandboxProcess.start("1g", 0, 0, latency)) {
                out.println("sandbox: " + sandbox.url() + " (own JVM, -Xmx1g, --latency " + latencyMillis + "ms)");
                long expected = LatencyBench.run(sandbox, new LatencyBench.Settings(latency,
                        latencyConcurrency != null ? latencyConcurrency : quick ? new int[] {64, 512} : new int[] {64, 512, 4096},
                        seconds(seconds != null ? seconds : quick ? 0.3 : 5), seconds(quick ? 0.3 : 3)), out);
                expected += BatchBench.run(sandbox, batchSettings(quick, rounds, seconds, warmup, inFlight,
                        latencyMillis + " ms latency", batchModes), out);
                checkArrived(sandbox, expected, out);
            }
            Environment.partEnds(out, "latency");
        }
        if (parts.contains("stream")) {
            int n = users != null ? users : quick ? 20_000 : 1_000_000;
            Environment.partStarts(out, "stream");
            StreamBench.run(new StreamBench.Settings(n, runs,
                    deadline != null ? seconds(deadline) : StreamBench.Settings.defaultDeadline(n)), out);
            Environment.partEnds(out, "stream");
        }
        if (parts.contains("startup")) {
            Environment.partStarts(out, "startup");
            StartupBench.run(quick ? 1 : 5, out);
            Environment.partEnds(out, "startup");
        }
        if (parts.contains("soak")) {
            Environment.partStarts(out, "soak");
            SoakBench.run(new SoakBench.Settings(seconds(60 * (minutes != null ? minutes : quick ? 0.1 : 30)),
                    streamUsers != null ? streamUsers : quick ? 2_000 : 50_000, faultRate, seed), out);
            Environment.partEnds(out, "soak");
        }
        out.printf("%nload average at the end: %s (others' work on the machine shows in the spreads)%n",
                Environment.loadAverage());
    }

    private static void checkArrived(SandboxProcess sandbox, long expected, PrintStream out) throws Exception {
        long arrived = sandbox.messageTotal();
        out.printf("%nsandbox received %,d messages, the clients counted %,d acknowledged%n", arrived, expected);
        if (arrived < expected) {
            throw new IllegalStateException("messages lost: " + (expected - arrived));
        }
    }

    /** Each mode 3 s per round (--seconds), 3 rounds (--rounds), after 2 s of warm-up each (--warmup). */
    private static BatchBench.Settings batchSettings(boolean quick, Integer rounds, Double seconds, Double warmup,
            int inFlight, String where, Set<String> modes) {
        return new BatchBench.Settings(seconds(seconds != null ? seconds : quick ? 0.3 : 3), inFlight,
                rounds != null ? rounds : quick ? 1 : 3, seconds(warmup != null ? warmup : quick ? 0 : 2), where, modes);
    }

    private static Set<String> batchModes(String list) {
        Set<String> modes = Set.of(list.split(","));
        for (String mode : modes) {
            if (!BatchBench.MODE_NAMES.contains(mode)) {
                throw new IllegalArgumentException("--batch-modes takes " + BatchBench.MODE_NAMES + ", not '" + mode + "'");
            }
        }
        return modes;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[index];
    }

    /** The option's value as a whole number within min..max (1,000,000 and 1_000_000 allowed), or an error naming it. */
    private static long whole(String[] args, int index, String option, long min, long max) {
        String text = value(args, index, option).replace("_", "").replace(",", "");
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + args[index] + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + " must be within " + min + ".." + max + ", not " + args[index]);
        }
        return n;
    }

    /** The option's value as a number within min..max, or an error naming the option. */
    private static double number(String[] args, int index, String option, double min, double max) {
        String text = value(args, index, option);
        double n;
        try {
            n = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + args[index] + "'");
        }
        if (!(n >= min && n <= max)) {
            throw new IllegalArgumentException(option + " must be within " + min + ".." + max + ", not " + args[index]);
        }
        return n;
    }
}
