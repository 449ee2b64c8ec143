package io.camelcam.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CAM sandbox in a JVM of its own, on a free loopback port: every benchmark of one run talks to
 * this one server. Read back through its inspection API, which needs no token.
 */
final class SandboxProcess implements AutoCloseable {

    static final String USER_TOKEN = "bench-user-token";
    static final String ADMIN_TOKEN = "bench-admin-token";
    private static final String BANNER = "CAM sandbox listening on ";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The inspection API answers at once; anything slower means the sandbox is stuck. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Jvm jvm;
    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    private SandboxProcess(Jvm jvm, String url) {
        this.jvm = jvm;
        this.url = url;
    }

    /** @param heap e.g. {@code 1g}; the sandbox keeps received messages (ring) and, for uploads, the rows */
    static SandboxProcess start(String heap, int syntheticUsers) throws Exception {
        return start(heap, syntheticUsers, 0);
    }

    /** @param threads its worker threads, 0 for its default (each delay fault holds one for its delay) */
    static SandboxProcess start(String heap, int syntheticUsers, int threads) throws Exception {
        return start(heap, syntheticUsers, threads, Duration.ZERO);
    }

    /** @param latency how long it holds every answer back (its {@code --latency}), zero for none */
    static SandboxProcess start(String heap, int syntheticUsers, int threads, Duration latency) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--token", USER_TOKEN, "--admin-token", ADMIN_TOKEN));
        if (syntheticUsers > 0) {
            args.addAll(List.of("--synthetic-users", Integer.toString(syntheticUsers)));
        }
        if (threads > 0) {
            args.addAll(List.of("--threads", Integer.toString(threads)));
        }
        if (!latency.isZero()) {
            args.addAll(List.of("--latency", latency.toNanos() / 1000 + "us"));
        }
        // the JDK server closes keep-alive connections beyond 200 idle ones (its default maxIdleConnections),
        // which the clients see as "closed by peer" once more than 200 are in flight
        Jvm jvm = Jvm.start(List.of("-Xmx" + heap, "-XX:+UseParallelGC", "-Dsun.net.httpserver.maxIdleConnections=16384"),
                "io.camelcam.sandbox.CamSandboxMain", args);
        try {
            String line = jvm.awaitLine(l -> l.startsWith(BANNER), 120_000);
            return new SandboxProcess(jvm, line.substring(BANNER.length()).trim());
        } catch (RuntimeException | InterruptedException e) {
            jvm.close();
            throw e;
        }
    }

    String url() {
        return url;
    }

    /** Messages received since the start, including those no longer retained. */
    long messageTotal() throws IOException, InterruptedException {
        return get("/_sandbox/api/messages?limit=1").get("total").asLong();
    }

    /** The newest {@code limit} entries of the request log, oldest first. */
    List<JsonNode> requests(int limit) throws IOException, InterruptedException {
        List<JsonNode> list = new ArrayList<>();
        get("/_sandbox/api/requests?limit=" + limit).get("requests").forEach(list::add);
        return list;
    }

    /** The sequence number of the newest request in the log, 0 when none. */
    long lastRequestSeq() throws IOException, InterruptedException {
        List<JsonNode> last = requests(1);
        return last.isEmpty() ? 0 : last.get(0).get("seq").asLong();
    }

    /** The requests logged after {@code seq}, oldest first; the log is a ring, so very old ones may be gone. */
    List<JsonNode> requestsAfter(long seq) throws IOException, InterruptedException {
        long newest = lastRequestSeq();
        if (newest <= seq) {
            return List.of();
        }
        // more than asked for: requests go on arriving between the two reads
        int limit = (int) Math.min(newest - seq + 10_000, Integer.MAX_VALUE);
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode r : requests(limit)) {
            if (r.get("seq").asLong() > seq) {
                list.add(r);
            }
        }
        return list;
    }

    /** From now on each request is faulted with {@code probability}, the kind drawn from {@code kinds}. */
    void randomFaults(double probability, long seed, List<String> kinds) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("random", probability).put("seed", seed);
        kinds.forEach(body.putArray("kinds")::add);
        send(request("/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    void clearFaults() throws IOException, InterruptedException {
        send(request("/_sandbox/faults").DELETE().build());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(request(path).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT);
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("sandbox answered " + response.statusCode() + " to " + request.method() + " "
                    + request.uri().getPath() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
