package io.camelcam.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import io.camelcam.client.error.CamException;
import io.camelcam.client.operation.RequestBody;

/**
 * Streamed answers (exportUsers' CSV, which can be hundreds of MB) over blocking I/O: the body is
 * read from the socket by the thread that reads the stream, as it reads it. That bounds memory by
 * construction: nothing sits between the socket and the reader but HttpClient's session buffer of
 * {@value #SESSION_BUFFER_BYTES} bytes, and CAM is held back by TCP's own flow control, whatever
 * it sends and however fast. (An asynchronous client must take whatever its I/O thread reads:
 * HttpCore's HTTP/1.1 flow control lets a chunked body through past its window, so a fast server
 * and a slow reader filled the heap.)
 *
 * <p>Each read waits at most {@code responseTimeout} for its next byte; a body cut short (fewer
 * bytes than its Content-Length, a chunked body without its last chunk) fails the reader; neither
 * ever looks like the end. Only the wait for the answer's head runs on this class's small pool of
 * threads (one per connection, idle ones ending after 30 s), never on the caller's.
 *
 * <p>Streams have a pool of their own, of at most {@value #MAX_STREAMS} connections: exports are
 * rare and long, and must not take the connections that calls need. A further one waits up to
 * {@code connectionRequestTimeout} for a connection.
 */
public final class StreamedDownloads implements AutoCloseable {

    /** HttpClient's buffer between the socket and the reader: all a streamed body holds in the client. */
    public static final int SESSION_BUFFER_BYTES = 8 * 1024;
    /** The most streamed answers being read at once. */
    public static final int MAX_STREAMS = 4;
    /** Calls waiting for a thread to send them; beyond this a call fails at once (nothing sent). */
    private static final int MAX_WAITING = 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ThreadPoolExecutor openers;
    private final int maxConnections;
    private final Duration connectTimeout;
    private final Timeout connectionRequestTimeout;
    private final SSLContext sslContext;
    private final HttpHost proxy;
    private final CredentialsProvider proxyCredentials;
    private final boolean useSystemProperties;
    /** Built by the first streamed call; null until then and after {@link #close()}. */
    private CloseableHttpClient client;
    private PoolingHttpClientConnectionManager pool;
    private boolean closed;

    /**
     * Takes the settings; the blocking HttpClient and its pool are built by the first streamed call. Most
     * transports never stream, and building it (with HttpClient's default TLS) was a large share of a
     * {@code cam:} route's start. Nothing in it can fail for settings the caller has accepted.
     */
    public StreamedDownloads(int maxCallConnections, Duration connectTimeout, Duration connectionRequestTimeout,
            SSLContext sslContext, HttpHost proxy, CredentialsProvider proxyCredentials, boolean useSystemProperties) {
        this.maxConnections = Math.min(MAX_STREAMS, maxCallConnections);
        this.connectTimeout = connectTimeout;
        this.connectionRequestTimeout = Timeout.of(connectionRequestTimeout);
        this.sslContext = sslContext;
        this.proxy = proxy;
        this.proxyCredentials = proxyCredentials;
        this.useSystemProperties = useSystemProperties;
        this.openers = new ThreadPoolExecutor(maxConnections, maxConnections, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(MAX_WAITING), work -> {
                    Thread thread = new Thread(work, "camel-cam-download-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.openers.allowCoreThreadTimeOut(true);
    }

    /** The blocking client, built on first use; an IOException once closed. */
    private synchronized CloseableHttpClient client() throws IOException {
        if (closed) {
            throw new ConnectException("the transport is closed");
        }
        if (client == null) {
            PoolingHttpClientConnectionManagerBuilder poolBuilder = PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(maxConnections)
                    .setMaxConnPerRoute(maxConnections)
                    .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                    .setConnectionFactory(socket -> {
                        QuietClientConnection connection = new QuietClientConnection();
                        if (socket != null) {
                            connection.bind(socket);
                        }
                        return connection;
                    })
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(connectTimeout))
                            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                            .setTimeToLive(TimeValue.ofMinutes(5))
                            .build());
            if (sslContext != null) {
                // as for the asynchronous client: HttpClient itself verifies the host name
                poolBuilder.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext, HostnameVerificationPolicy.BOTH,
                        HttpsSupport.getDefaultHostnameVerifier()));
            }
            pool = poolBuilder.build();
            var builder = HttpClients.custom()
                    .setConnectionManager(pool)
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableContentCompression()
                    .setUserAgent("camel-cam")
                    .evictIdleConnections(TimeValue.ofSeconds(30));
            if (proxy != null) {
                builder.setProxy(proxy);
            }
            if (proxyCredentials != null) {
                builder.setDefaultCredentialsProvider(proxyCredentials);
            }
            if (useSystemProperties) {
                builder.useSystemProperties();
            }
            client = builder.build();
        }
        return client;
    }

    /**
     * Sends the request; completes with the answer's head and the body as a stream when CAM
     * answers 200 with anything but JSON, or with the whole answer (bounded by
     * {@code maxResponseSize}) when it answers JSON or an error.
     */
    public CompletableFuture<HttpResult> open(String operation, URI uri, String token, RequestBody.Form form,
            Duration responseTimeout, long maxResponseSize) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        try {
            openers.execute(() -> {
                try {
                    result.complete(send(operation, uri, token, form, responseTimeout, maxResponseSize));
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ConnectException("too many streamed calls waiting to be sent ("
                    + MAX_WAITING + "), or the transport is closed"));
        }
        return result;
    }

    private HttpResult send(String operation, URI uri, String token, RequestBody.Form form, Duration responseTimeout,
            long maxResponseSize) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.addHeader(SecretHeader.apiToken(token));
        post.setEntity(new ByteArrayEntity(form.encode(),
                ContentType.APPLICATION_FORM_URLENCODED.withCharset(StandardCharsets.UTF_8)));
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout)) // the socket timeout of every read, body included
                .setConnectionRequestTimeout(connectionRequestTimeout)
                .build());
        ClassicHttpResponse response = client().executeOpen(null, post, context);
        try {
            HttpEntity entity = response.getEntity();
            String contentType = header(response, HttpHeaders.CONTENT_TYPE);
            boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
            if (response.getCode() == 200 && !json && entity != null) {
                return new HttpResult.Streamed(200, contentType, header(response, "Content-Disposition"),
                        new DownloadStream(operation, response, entity.getContent()));
            }
            return buffered(response, entity, maxResponseSize);
        } catch (IOException | RuntimeException e) {
            release(response, CloseMode.IMMEDIATE);
            throw e;
        }
    }

    /** A JSON or error answer read whole, bounded like any other. */
    private static HttpResult buffered(ClassicHttpResponse response, HttpEntity entity,
            long maxResponseSize) throws IOException {
        try (response) {
            long limit = response.getCode() == 200 ? maxResponseSize : BufferingConsumer.ERROR_BODY_LIMIT;
            ResponseBytes body = ResponseBytes.empty();
            boolean truncated = false;
            if (entity != null) {
                if (response.getCode() == 200 && entity.getContentLength() > limit) {
                    throw new ResponseTooLargeException(limit, "Content-Length " + entity.getContentLength());
                }
                body = ResponseBytes.expecting(Math.min(entity.getContentLength(), limit));
                byte[] chunk = new byte[8192];
                try (InputStream in = entity.getContent()) {
                    for (int n; (n = in.read(chunk)) >= 0; ) {
                        long room = limit - body.length();
                        if (n > room) {
                            if (response.getCode() == 200) {
                                throw new ResponseTooLargeException(limit, "more arrived");
                            }
                            body.append(ByteBuffer.wrap(chunk), (int) room);
                            truncated = true;
                            break;
                        }
                        body.append(ByteBuffer.wrap(chunk), n);
                    }
                }
            }
            return new HttpResult.Buffered(response.getCode(), response.getReasonPhrase(),
                    response.getCode() == 200 ? null : header(response, HttpHeaders.RETRY_AFTER), body, truncated);
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static void release(ClassicHttpResponse response, CloseMode mode) {
        if (response instanceof CloseableHttpResponse closeable) {
            closeable.close(mode);
        } else {
            try {
                response.close();
            } catch (IOException ignored) {
                // the connection is being thrown away anyway
            }
        }
    }

    /** Connections in use by streams, idle, and waited for; the bound counts before the first stream too. */
    public synchronized PoolStats poolStats() {
        return pool != null ? pool.getTotalStats() : new PoolStats(0, 0, 0, maxConnections);
    }

    /** Closes every connection, streams being read included: their readers get an IOException. */
    @Override
    public void close() {
        openers.shutdownNow();
        CloseableHttpClient built;
        synchronized (this) {
            closed = true;
            built = client;
            client = null;
        }
        if (built != null) {
            built.close(CloseMode.IMMEDIATE);
        }
    }

    /**
     * The body as the socket delivers it. A failure surfaces as an IOException whose cause is the
     * component's exception (a timeout, a body cut short); closing before the end drops the
     * connection rather than reading the rest of a body nobody wants.
     */
    static final class DownloadStream extends InputStream {
        private final String operation;
        private final ClassicHttpResponse response;
        private final InputStream body;
        private long received;
        private boolean ended;
        private boolean closed;
        private CamException failure;

        DownloadStream(String operation, ClassicHttpResponse response, InputStream body) {
            this.operation = operation;
            this.response = response;
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw new StreamBrokenException(failure);
            }
            if (closed) {
                throw new IOException("stream closed");
            }
            if (ended) {
                return -1;
            }
            try {
                int n = body.read(b, off, len);
                if (n < 0) {
                    ended = true;
                    release(response, CloseMode.GRACEFUL); // the connection goes back to the pool
                } else {
                    received += n;
                }
                return n;
            } catch (IOException e) {
                failure = TransportFailures.map(operation, e, " (after " + received + " bytes of the body)");
                release(response, CloseMode.IMMEDIATE);
                throw new StreamBrokenException(failure);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            release(response, ended ? CloseMode.GRACEFUL : CloseMode.IMMEDIATE);
        }
    }

    /**
     * What the reader of a broken body gets: an {@link IOException}, as {@link InputStream} readers
     * expect, whose cause is the component's exception saying what happened.
     */
    static final class StreamBrokenException extends IOException {
        private static final long serialVersionUID = 1L;

        StreamBrokenException(CamException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized CamException getCause() {
            return (CamException) super.getCause();
        }
    }
}
