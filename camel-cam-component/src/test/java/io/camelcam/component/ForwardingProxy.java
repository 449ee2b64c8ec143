package io.camelcam.component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy on loopback, as a corporate network puts in front of the internet: it forwards
 * plain HTTP requests (absolute URI in the request line) and tunnels CONNECT, one request per
 * connection, and optionally demands Basic Proxy-Authorization, answering 407 without it. Request
 * heads are bounded to 64 KiB.
 */
final class ForwardingProxy implements AutoCloseable {

    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket listener;
    private final String expectedAuthorization;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "forwarding-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    /** {@code username} null: no authentication demanded. */
    ForwardingProxy(String username, String password) throws IOException {
        this.expectedAuthorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Requests forwarded or tunnelled to their target. */
    int forwarded() {
        return forwarded.get();
    }

    /** Requests answered 407. */
    int refused() {
        return refused.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(30_000);
            InputStream in = client.getInputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String[] requestLine = head.get(0).split(" ");
            long contentLength = 0;
            String authorization = null;
            List<String> forwardedHeaders = new ArrayList<>();
            for (String line : head.subList(1, head.size())) {
                String name = line.substring(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> {
                        contentLength = Long.parseLong(value);
                        forwardedHeaders.add(line);
                    }
                    case "proxy-authorization" -> authorization = value;
                    case "proxy-connection", "connection" -> { }
                    default -> forwardedHeaders.add(line);
                }
            }
            OutputStream out = client.getOutputStream();
            if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
                in.skipNBytes(contentLength);
                refused.incrementAndGet();
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            forwarded.incrementAndGet();
            if (requestLine[0].equals("CONNECT")) {
                String[] hostPort = requestLine[1].split(":");
                try (Socket target = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    pipeBothWays(client, target);
                }
                return;
            }
            URI uri = URI.create(requestLine[1]);
            try (Socket target = new Socket(uri.getHost(), uri.getPort())) {
                StringBuilder request = new StringBuilder(requestLine[0]).append(' ').append(uri.getRawPath())
                        .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n");
                forwardedHeaders.forEach(line -> request.append(line).append("\r\n"));
                request.append("Connection: close\r\n\r\n");
                OutputStream upstream = target.getOutputStream();
                upstream.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                upstream.write(in.readNBytes((int) contentLength));
                upstream.flush();
                target.getInputStream().transferTo(out);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client sees the connection close: what a broken proxy does
        }
    }

    private void pipeBothWays(Socket client, Socket target) throws IOException {
        threads.execute(() -> {
            try {
                client.getInputStream().transferTo(target.getOutputStream());
                target.shutdownOutput();
            } catch (IOException ignored) {
                // the other direction ends the tunnel
            }
        });
        target.getInputStream().transferTo(client.getOutputStream());
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (int b; (b = in.read()) != -1; ) {
            if (++total > MAX_HEAD) {
                throw new IOException("request head over " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
