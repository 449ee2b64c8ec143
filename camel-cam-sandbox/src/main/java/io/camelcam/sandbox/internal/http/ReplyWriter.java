package io.camelcam.sandbox.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.sun.net.httpserver.HttpExchange;

import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.fault.Fault;

/** Writes a {@link Reply}, spoiled by the request's fault when that fault is one that spoils responses. */
final class ReplyWriter {

    /**
     * Thrown out of the HTTP handler on purpose: the JDK server closes the connection of a handler that
     * throws an IOException, which is the only public way to drop a connection mid-body.
     */
    static final class DroppedConnection extends IOException {
        DroppedConnection() {
            super("connection dropped by a sandbox fault");
        }
    }

    private ReplyWriter() {
    }

    static void write(HttpExchange exchange, Reply reply, Fault fault) throws IOException {
        if (fault == null || !fault.kind().processesRequest()) {
            writeNormally(exchange, reply);
            return;
        }
        switch (fault.kind()) {
            case DELAY -> {
                sleep(fault);
                writeNormally(exchange, reply);
            }
            case TRUNCATED_JSON -> {
                byte[] body = render(reply);
                setHeaders(exchange, reply);
                exchange.sendResponseHeaders(reply.httpStatus(), body.length / 2);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body, 0, body.length / 2);
                }
            }
            case DROP_CONNECTION -> {
                byte[] body = render(reply);
                setHeaders(exchange, reply);
                exchange.sendResponseHeaders(reply.httpStatus(), body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                throw new DroppedConnection();
            }
            case STALL_BODY -> {
                byte[] body = render(reply);
                setHeaders(exchange, reply);
                exchange.sendResponseHeaders(reply.httpStatus(), body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                sleep(fault);
                throw new DroppedConnection();
            }
            case CUT_CHUNKED -> {
                byte[] body = render(reply);
                setHeaders(exchange, reply);
                exchange.sendResponseHeaders(reply.httpStatus(), 0); // chunked
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                throw new DroppedConnection(); // closed before the terminating chunk
            }
            case OVERSIZED_ANSWER -> writeOversized(exchange, fault.size());
            default -> throw new IllegalArgumentException(fault.kind() + " does not spoil a processed response");
        }
    }

    private static void writeNormally(HttpExchange exchange, Reply reply) throws IOException {
        if (!reply.streamed()) {
            Responses.send(exchange, reply.httpStatus(), reply.contentType(), reply.headers(), reply.body());
            return;
        }
        setHeaders(exchange, reply);
        exchange.sendResponseHeaders(reply.httpStatus(), 0); // chunked: the length is not known up front
        try (OutputStream out = exchange.getResponseBody()) {
            reply.streamedBody().writeTo(out);
        }
    }

    /** A valid CAM JSON answer of {@code size} bytes, generated while it is sent, never held. */
    private static void writeOversized(HttpExchange exchange, long size) throws IOException {
        byte[] head = "{\"status\":200,\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", Reply.JSON_UTF8);
        exchange.sendResponseHeaders(200, 0); // chunked, so a client learns the size only by reading
        byte[] padding = new byte[64 * 1024];
        Arrays.fill(padding, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(head);
            long left = Math.max(0, size - head.length - tail.length);
            while (left > 0) {
                int n = (int) Math.min(padding.length, left);
                out.write(padding, 0, n);
                left -= n;
            }
            out.write(tail);
        }
    }

    private static void sleep(Fault fault) throws InterruptedIOException {
        try {
            Thread.sleep(fault.duration().toMillis());
        } catch (InterruptedException e) {
            // the sandbox is stopping: give up on this response
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("delay interrupted");
        }
    }

    /** The whole body; a streamed body is rendered in memory first, which only these faults ever need. */
    private static byte[] render(Reply reply) throws IOException {
        if (!reply.streamed()) {
            return reply.body();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reply.streamedBody().writeTo(out);
        return out.toByteArray();
    }

    private static void setHeaders(HttpExchange exchange, Reply reply) {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach(exchange.getResponseHeaders()::set);
    }
}
