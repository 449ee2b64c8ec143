package io.camelcam.client.internal.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A buffered answer's bytes, held in chunks: a body of known length is one array of exactly that
 * length, one of unknown length grows by {@value #CHUNK} bytes at a time. Never an array copied to
 * twice its size and never a final copy, so an answer of N bytes takes N bytes (plus less than one
 * chunk), which is what makes {@code maxResponseSize} a bound on memory rather than a third of it.
 */
public final class ResponseBytes {

    static final int CHUNK = 64 * 1024;
    private static final ResponseBytes EMPTY = new ResponseBytes(0);

    private final List<byte[]> chunks = new ArrayList<>(1);
    private int lastUsed;
    private long length;

    private ResponseBytes(int firstChunk) {
        if (firstChunk > 0) {
            chunks.add(new byte[firstChunk]);
        }
    }

    /** Room for {@code expected} bytes up front when the length is announced, else a first small chunk. */
    static ResponseBytes expecting(long expected) {
        return new ResponseBytes((int) (expected > 0 ? Math.min(expected, Integer.MAX_VALUE - 8) : 8 * 1024));
    }

    public static ResponseBytes of(byte[] bytes) {
        ResponseBytes b = new ResponseBytes(0);
        b.chunks.add(bytes);
        b.lastUsed = bytes.length;
        b.length = bytes.length;
        return b;
    }

    public static ResponseBytes empty() {
        return EMPTY;
    }

    void append(ByteBuffer src, int n) {
        int left = n;
        while (left > 0) {
            byte[] last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
            if (last == null || lastUsed == last.length) {
                last = new byte[CHUNK];
                chunks.add(last);
                lastUsed = 0;
            }
            int k = Math.min(left, last.length - lastUsed);
            src.get(last, lastUsed, k);
            lastUsed += k;
            left -= k;
        }
        length += n;
    }

    public long length() {
        return length;
    }

    /** The whole body as one array, when it already is one (the usual small answer); null otherwise. */
    public byte[] singleArray() {
        return chunks.size() == 1 && lastUsed == chunks.get(0).length ? chunks.get(0) : null;
    }

    public InputStream stream() {
        List<InputStream> parts = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.get(i);
            parts.add(new ByteArrayInputStream(chunk, 0, i == chunks.size() - 1 ? lastUsed : chunk.length));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** The first {@code max} bytes at most, for excerpts in messages. */
    public byte[] start(int max) {
        byte[] out = new byte[(int) Math.min(max, length)];
        int at = 0;
        for (int i = 0; i < chunks.size() && at < out.length; i++) {
            byte[] chunk = chunks.get(i);
            int used = i == chunks.size() - 1 ? lastUsed : chunk.length;
            int k = Math.min(used, out.length - at);
            System.arraycopy(chunk, 0, out, at, k);
            at += k;
        }
        return out;
    }
}
