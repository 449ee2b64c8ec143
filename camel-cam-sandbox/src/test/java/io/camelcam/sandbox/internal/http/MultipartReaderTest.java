package io.camelcam.sandbox.internal.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartReaderTest {

    private static final String BOUNDARY = "XyZ-123";

    private record Read(String name, String filename, String content) {
    }

    private static List<Read> readAll(InputStream body, String boundary) throws IOException {
        MultipartReader reader = new MultipartReader(body, boundary);
        List<Read> parts = new ArrayList<>();
        for (MultipartReader.Part p = reader.next(); p != null; p = reader.next()) {
            parts.add(new Read(p.name(), p.filename(), new String(p.body().readAllBytes(), StandardCharsets.UTF_8)));
        }
        return parts;
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Hands out at most one byte per read, to exercise every buffer edge. */
    private static InputStream trickle(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void readsPartsSkippingPreambleAndEpilogue() throws IOException {
        String body = "this is a preamble\r\n--XyZ-123\r\n"
                + "Content-Disposition: form-data; name=\"comment\"\r\n\r\n"
                + "hello\r\n"
                + "--XyZ-123\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"u.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "email\r\na@b.co\r\n"
                + "--XyZ-123--\r\nepilogue";
        assertThat(readAll(bytes(body), BOUNDARY)).containsExactly(
                new Read("comment", null, "hello"),
                new Read("file", "u.csv", "email\r\na@b.co"));
        assertThat(readAll(trickle(bytes(body)), BOUNDARY)).hasSize(2);
    }

    @Test
    void contentMayHoldBoundaryLookalikes() throws IOException {
        String content = "--XyZ-123 is not a boundary here\r\n-XyZ-123\r\n--XyZ-12\r\n\r\n--";
        String body = "--XyZ-123\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + content + "\r\n--XyZ-123--";
        assertThat(readAll(trickle(bytes(body)), BOUNDARY)).containsExactly(new Read("file", null, content));
    }

    @Test
    void streamsALargePartThroughASmallBuffer() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(1).nextBytes(content);
        byte[] head = "--XyZ-123\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--XyZ-123--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);

        MultipartReader.Part part = new MultipartReader(new ByteArrayInputStream(body), BOUNDARY).next();
        assertThat(part.body().readAllBytes()).isEqualTo(content);
    }

    @Test
    void acceptsTransportPaddingAfterABoundary() throws IOException {
        String body = "--XyZ-123  \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ-123--";
        assertThat(readAll(bytes(body), BOUNDARY)).containsExactly(new Read("a", null, "1"));
    }

    @Test
    void findsTheBoundaryOfAContentType() {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartReader.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\"")).isEqualTo("a b;c");
        assertThat(MultipartReader.boundary("application/x-www-form-urlencoded")).isNull();
        assertThat(MultipartReader.boundary("multipart/form-data")).isNull();
        assertThat(MultipartReader.boundary(null)).isNull();
    }

    @Test
    void refusesATruncatedBody() {
        String body = "--XyZ-123\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nemail\r\na@b.co";
        assertThatThrownBy(() -> readAll(bytes(body), BOUNDARY))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageContaining("closing boundary");
        assertThatThrownBy(() -> readAll(bytes(""), BOUNDARY)).isInstanceOf(MalformedMultipartException.class);
        assertThatThrownBy(() -> readAll(bytes("--XyZ-123\r\nContent-Disposition: form-data"), BOUNDARY))
                .isInstanceOf(MalformedMultipartException.class);
    }

    @Test
    void refusesGarbageAfterABoundaryAndHugeHeaders() {
        assertThatThrownBy(() -> readAll(bytes("--XyZ-123xx\r\n\r\n\r\n--XyZ-123--"), BOUNDARY))
                .isInstanceOf(MalformedMultipartException.class);
        String huge = "--XyZ-123\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\nv\r\n--XyZ-123--";
        assertThatThrownBy(() -> readAll(bytes(huge), BOUNDARY))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageContaining("headers longer");
    }
}
