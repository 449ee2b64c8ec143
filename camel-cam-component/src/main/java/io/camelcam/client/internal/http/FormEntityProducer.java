package io.camelcam.client.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * An encoded form as a request body ({@code application/x-www-form-urlencoded; charset=UTF-8}), produced
 * as HttpCore's {@code BasicAsyncEntityProducer} produces a byte array: with a Content-Length, repeatable.
 * Written out because that one formats its ContentType into a new String each time HttpClient asks for
 * it, which was 3% of what a {@code sendMessage} allocated; here the text is a constant.
 */
public final class FormEntityProducer implements AsyncEntityProducer {

    private static final String CONTENT_TYPE =
            ContentType.APPLICATION_FORM_URLENCODED.withCharset(StandardCharsets.UTF_8).toString();

    private final ByteBuffer bytes;

    /** {@code form}: the encoded form, which must not change afterwards. */
    public FormEntityProducer(byte[] form) {
        this.bytes = ByteBuffer.wrap(form);
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        if (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        if (!bytes.hasRemaining()) {
            channel.endStream();
        }
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    @Override
    public long getContentLength() {
        return bytes.capacity();
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return false;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Collections.emptySet();
    }

    @Override
    public int available() {
        return Integer.MAX_VALUE;
    }

    /** Rewinds, so that a repeated request sends the whole form again. */
    @Override
    public void releaseResources() {
        bytes.clear();
    }
}
