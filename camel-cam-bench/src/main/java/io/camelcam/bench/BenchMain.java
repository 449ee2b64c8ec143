package io.camelcam.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark command: {@code java -jar camel-cam-bench/target/camel-cam-bench.jar [http] [batch]
 * [stream] [startup] [--quick] [--rounds N] [--seconds S] [--warmup S] [--concurrency 1,8,64]}.
 * Without a part named it runs all four. {@code --quick} is the smoke variant {@code mvn verify}
 * runs: the same code paths for a few seconds, figures meaningless.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        run(args, System.out);
        System.exit(0); // HttpClient and Camel leave non-daemon threads only while closing
    }

    /** Runs what the arguments ask for and checks that every message arrived; throws otherwise. */
    public static void run(String[] args, PrintStream out) throws Exception {
        Set<String> parts = new LinkedHashSet<>();
        boolean quick = false;
        Integer rounds = null;
        Double seconds = null;
        Double warmup = null;
        int[] concurrency = {1, 8, 64};
        Set<String> targets = Set.of("A", "B", "C");
        int inFlight = 2_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "http", "batch", "stream", "startup" -> parts.add(args[i]);
                case "--quick" -> quick = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--in-flight" -> inFlight = Integer.parseInt(args[++i]);
                case "--targets" -> targets = Set.of(args[++i].split(","));
                case "--concurrency" -> concurrency = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [http] [batch] [stream] [startup] [--quick] [--rounds N] [--seconds S] [--warmup S] "
                        + "[--concurrency 1,8,64] [--targets A,B,C] [--in-flight N]");
            }
        }
        if (parts.isEmpty()) {
            parts.addAll(List.of("http", "batch", "stream", "startup"));
        }
        Environment.print(out, args);
        if (parts.contains("http") || parts.contains("batch")) {
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
                    BatchBench.Settings settings = quick ? new BatchBench.Settings(3_000, 2_000, 1, 0)
                            : new BatchBench.Settings(100_000, inFlight, rounds != null ? rounds : 3, 20_000);
                    expected += BatchBench.run(sandbox, settings, out);
                }
                long arrived = sandbox.messageTotal();
                out.printf("%nsandbox received %,d messages, the clients counted %,d acknowledged%n", arrived, expected);
                if (arrived < expected) {
                    throw new IllegalStateException("messages lost: " + (expected - arrived));
                }
            }
        }
        if (parts.contains("stream")) {
            StreamBench.run(quick ? 20_000 : 1_000_000, out);
        }
        if (parts.contains("startup")) {
            StartupBench.run(quick ? 1 : 5, out);
        }
        out.printf("%nload average at the end: %s (others' work on the machine shows in the spreads)%n",
                Environment.loadAverage());
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
