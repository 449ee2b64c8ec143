package io.camelcam.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server that breaks TLS on purpose. {@link #afterTheRequest}: it completes the handshake, reads
 * one whole request, then writes bytes that are no TLS record on the raw socket and closes it, so the
 * client's TLS layer fails mid-answer, after its request has left. {@link #beforeTheHandshake}: it
 * answers the client's hello with plain text, a failure JSSE reports as an SSLException that is no
 * SSLHandshakeException. Counts the requests it read, so a test can tell whether one reached it.
 */
final class TlsBreakingServer implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private static final byte[] NOT_TLS = "HTTP/1.1 200 OK\r\n\r\nthis is not a TLS record".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final SSLContext context;
    private final AtomicInteger requestsRead = new AtomicInteger();
    private final Thread acceptor;
    private final boolean handshake;

    private TlsBreakingServer(SSLContext context, boolean handshake) throws IOException {
        this.context = context;
        this.handshake = handshake;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::serve, "tls-breaking-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static TlsBreakingServer afterTheRequest(SSLContext context) throws IOException {
        return new TlsBreakingServer(context, true);
    }

    static TlsBreakingServer beforeTheHandshake(SSLContext context) throws IOException {
        return new TlsBreakingServer(context, false);
    }

    /** The certificate names localhost. */
    String url() {
        return "https://localhost:" + server.getLocalPort();
    }

    int requestsRead() {
        return requestsRead.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket raw = server.accept()) {
                raw.setSoTimeout(READ_TIMEOUT_MILLIS);
                if (!handshake) {
                    raw.getInputStream().read(new byte[512]); // the client's hello, left unanswered
                    raw.getOutputStream().write(NOT_TLS);
                    raw.getOutputStream().flush();
                    continue;
                }
                SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, null, raw.getPort(), false);
                tls.setUseClientMode(false);
                tls.startHandshake();
                readRequest(tls.getInputStream());
                requestsRead.incrementAndGet();
                OutputStream out = raw.getOutputStream(); // beside the TLS layer, not through it
                out.write(NOT_TLS);
                out.flush();
            } catch (IOException e) {
                // the client went away or the server is closing: take the next connection
            }
        }
    }

    /** Reads the head and a body of the announced Content-Length. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes((int) length);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
