package io.camelcam.bench;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.component.CamComponent;

/**
 * A, B and C side by side against one sandbox: for each concurrency, each round measures the three
 * one after the other (the order rotating from round to round), so a ratio compares figures taken
 * seconds apart under the same machine load.
 */
final class HttpBench {

    static final String A = "A raw HttpClient 5";
    static final String B = "B camel-http route";
    static final String C = "C cam:sendMessage";
    /** C with completeOn=ioThread: the route goes on on the I/O thread, without the hop to the callback pool. */
    static final String D = "D cam:sendMessage completeOn=ioThread";

    record Settings(int[] concurrency, int rounds, Duration round, Duration warmup, Set<String> targets) {
    }

    /** The figures of one target at one concurrency, one entry per round. */
    record Series(List<SlotRunner.Result> rounds) {
        double medianPerSecond() {
            return median(rounds.stream().mapToDouble(SlotRunner.Result::perSecond).toArray());
        }

        double min() {
            return rounds.stream().mapToDouble(SlotRunner.Result::perSecond).min().orElse(Double.NaN);
        }

        double max() {
            return rounds.stream().mapToDouble(SlotRunner.Result::perSecond).max().orElse(Double.NaN);
        }

        double medianMillis(double q) {
            return median(rounds.stream().mapToDouble(r -> r.millis(q)).toArray());
        }

        double medianCpuMicros() {
            return median(rounds.stream().mapToDouble(SlotRunner.Result::cpuMicrosPerMessage).toArray());
        }

        long succeeded() {
            return rounds.stream().mapToLong(SlotRunner.Result::succeeded).sum();
        }

        long failed() {
            return rounds.stream().mapToLong(SlotRunner.Result::failed).sum();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpBench() {
    }

    /** Runs the comparison and prints it; returns the messages that should have reached the sandbox. */
    static long run(SandboxProcess sandbox, Settings settings, PrintStream out) throws Exception {
        CamelContext context = camel(sandbox);
        int maxSlots = Arrays.stream(settings.concurrency()).max().orElse(1);
        long expected = 0;
        try (RawHttpTarget a = new RawHttpTarget(sandbox.url(), 64);
             RouteTarget b = new RouteTarget(context, "direct:b", maxSlots);
             RouteTarget c = new RouteTarget(context, "direct:c", 0);
             RouteTarget d = new RouteTarget(context, "direct:d", 0)) {
            Map<String, SlotRunner.Target> targets = new LinkedHashMap<>();
            targets.put(A, a);
            targets.put(B, b);
            targets.put(C, c);
            targets.put(D, d);
            targets.keySet().removeIf(name -> !settings.targets().contains(name.substring(0, 1)));
            if (!settings.warmup().isZero()) {
                out.printf("warm-up: %s per target and concurrency%n", settings.warmup());
                for (int n : settings.concurrency()) {
                    for (SlotRunner.Target t : targets.values()) {
                        expected += SlotRunner.forDuration(t, n, settings.warmup()).succeeded();
                    }
                }
            }
            Map<String, List<SlotRunner.Result>> results = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(targets.keySet());
            for (int round = 0; round < settings.rounds(); round++) {
                for (int n : settings.concurrency()) {
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get((i + round) % names.size());
                        SlotRunner.Result r = SlotRunner.forDuration(targets.get(name), n, settings.round());
                        expected += r.succeeded();
                        results.computeIfAbsent(name + "@" + n, k -> new ArrayList<>()).add(r);
                    }
                }
                out.printf("round %d of %d done%n", round + 1, settings.rounds());
            }
            print(settings, results, out);
            for (Map.Entry<String, List<SlotRunner.Result>> e : results.entrySet()) {
                for (SlotRunner.Result r : e.getValue()) {
                    if (r.failed() > 0) {
                        throw new IllegalStateException(e.getKey() + ": " + r.failed() + " requests failed", r.firstFailure());
                    }
                }
            }
        } finally {
            context.close();
        }
        return expected;
    }

    private static void print(Settings s, Map<String, List<SlotRunner.Result>> results, PrintStream out) {
        out.printf("%nsendMessage, %d rounds of %s per target and concurrency (median of the rounds; spread = min..max)%n",
                s.rounds(), s.round());
        out.printf("| in flight | target | msg/s | spread | p50 ms | p99 ms | client CPU µs/msg |%n"
                + "| ---: | --- | ---: | ---: | ---: | ---: | ---: |%n");
        for (int n : s.concurrency()) {
            for (String name : List.of(A, B, C, D)) {
                if (!results.containsKey(name + "@" + n)) {
                    continue;
                }
                Series series = new Series(results.get(name + "@" + n));
                out.printf("| %d | %s | %,.0f | %,.0f..%,.0f | %.2f | %.2f | %.1f |%n", n, name, series.medianPerSecond(),
                        series.min(), series.max(), series.medianMillis(0.50), series.medianMillis(0.99),
                        series.medianCpuMicros());
            }
        }
        if (!s.targets().containsAll(List.of("A", "B", "C"))) {
            return;
        }
        boolean withD = s.targets().contains("D");
        out.printf("%n| in flight | C/A | spread | C/B | spread | CPU C/A |" + (withD ? " D/A | spread | D/B | CPU D/A |" : "")
                + "%n| ---: | ---: | ---: | ---: | ---: | ---: |" + (withD ? " ---: | ---: | ---: | ---: |" : "") + "%n");
        for (int n : s.concurrency()) {
            double[] ca = ratios(results.get(C + "@" + n), results.get(A + "@" + n));
            double[] cb = ratios(results.get(C + "@" + n), results.get(B + "@" + n));
            out.printf("| %d | %.2f | %.2f..%.2f | %.2f | %.2f..%.2f | %.2f |", n, median(ca), min(ca), max(ca),
                    median(cb), min(cb), max(cb), cpuRatio(results.get(C + "@" + n), results.get(A + "@" + n)));
            if (withD) {
                double[] da = ratios(results.get(D + "@" + n), results.get(A + "@" + n));
                double[] db = ratios(results.get(D + "@" + n), results.get(B + "@" + n));
                out.printf(" %.2f | %.2f..%.2f | %.2f | %.2f |", median(da), min(da), max(da), median(db),
                        cpuRatio(results.get(D + "@" + n), results.get(A + "@" + n)));
            }
            out.println();
        }
        out.println("(a ratio is taken within each round, from figures measured seconds apart; median and spread over the rounds)");
    }

    /** The median over the rounds of top's client CPU per message ÷ bottom's, each ratio within one round. */
    private static double cpuRatio(List<SlotRunner.Result> top, List<SlotRunner.Result> bottom) {
        double[] r = new double[top.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = top.get(i).cpuMicrosPerMessage() / bottom.get(i).cpuMicrosPerMessage();
        }
        return median(r);
    }

    private static double[] ratios(List<SlotRunner.Result> top, List<SlotRunner.Result> bottom) {
        double[] r = new double[top.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = top.get(i).perSecond() / bottom.get(i).perSecond();
        }
        return r;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** One CamelContext with B (hand-written camel-http) and C (the component), as users would write them. */
    static CamelContext camel(SandboxProcess sandbox) throws Exception {
        return camel(sandbox, 64);
    }

    /** The same, B and C allowed {@code connections} connections each (camel-cam's default is 64). */
    static CamelContext camel(SandboxProcess sandbox, int connections) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(sandbox.url());
        cam.getConfiguration().setApiToken(SandboxProcess.USER_TOKEN);
        cam.getConfiguration().setMaxConnections(connections);
        context.addComponent("cam", cam);
        // camel-http allows 20 connections per host by default: raised so B is not capped below the in-flight count
        HttpComponent http = new HttpComponent();
        http.setConnectionsPerRoute(connections);
        http.setMaxTotalConnections(connections);
        context.addComponent("http", http);
        String token = SandboxProcess.USER_TOKEN;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:b").routeId("b-camel-http")
                        .process(e -> {
                            Map<String, Object> message = new LinkedHashMap<>();
                            message.put("panelName", Payload.ROOM);
                            message.put("message", e.getMessage().getBody(String.class));
                            message.put("isOpened", false);
                            message.put("generalPurposes", Map.of("users", Payload.USERS));
                            e.getMessage().setBody("message="
                                    + URLEncoder.encode(MAPPER.writeValueAsString(message), StandardCharsets.UTF_8));
                        })
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/x-www-form-urlencoded; charset=UTF-8"))
                        .setHeader("x-cam-apiToken", constant(token))
                        .to(sandbox.url() + "/sendMessage")
                        .process(e -> {
                            JsonNode answer = MAPPER.readTree(e.getMessage().getBody(byte[].class));
                            if (answer.path("status").asInt(200) != 200) {
                                throw new IllegalStateException("CAM refused the message: " + answer.path("errors"));
                            }
                        });
                from("direct:c").routeId("c-cam")
                        .to(Payload.CAM_URI);
                from("direct:d").routeId("d-cam-io-thread")
                        .to(Payload.CAM_URI + "&completeOn=ioThread");
            }
        });
        context.start();
        return context;
    }
}
