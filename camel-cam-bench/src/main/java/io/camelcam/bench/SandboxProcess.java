package io.camelcam.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private final Jvm jvm;
    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    private SandboxProcess(Jvm jvm, String url) {
        this.jvm = jvm;
        this.url = url;
    }

    /** @param heap e.g. {@code 1g}; the sandbox keeps received messages (ring) and, for uploads, the rows */
    static SandboxProcess start(String heap, int syntheticUsers) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--token", USER_TOKEN, "--admin-token", ADMIN_TOKEN));
        if (syntheticUsers > 0) {
            args.addAll(List.of("--synthetic-users", Integer.toString(syntheticUsers)));
        }
        Jvm jvm = Jvm.start(List.of("-Xmx" + heap, "-XX:+UseParallelGC"), "io.camelcam.sandbox.CamSandboxMain", args);
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

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("sandbox answered " + response.statusCode() + " to " + path);
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
