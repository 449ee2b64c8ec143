package io.camelcam.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import io.camelcam.client.internal.http.BufferingConsumer;
import io.camelcam.client.internal.http.HttpResult;
import io.camelcam.client.internal.http.MultipartCsvProducer;
import io.camelcam.client.internal.http.SecretHeader;
import io.camelcam.client.internal.http.StreamingConsumer;
import io.camelcam.client.operation.RequestBody;

/**
 * The HTTP side of the client: one non-blocking Apache HttpClient 5 with a pooled connection
 * manager, meant to be shared by every {@link CamClient} talking to CAM with the same connection
 * settings (the Camel component shares one per component). Never retries on its own, follows no
 * redirect, keeps no cookie, speaks HTTP/1.1, and logs no wire bytes: HttpClient's wire log would
 * print the API token and quick-call passwords.
 */
public final class CamHttpTransport implements AutoCloseable {

    /** The header CAM reads the API token from. */
    public static final String TOKEN_HEADER = "x-cam-apiToken";
    /** Largest JSON answer read; CAM's answers are small, anything bigger is not CAM. */
    static final int MAX_JSON_BYTES = 32 * 1024 * 1024;
    /**
     * How often the I/O reactor looks for expired timeouts. HttpClient's default, 1 s, let a timeout fire up to
     * a second late: a 500 ms responseTimeout waited up to 1.5 s. An idle I/O thread now wakes ten times a second.
     */
    static final TimeValue TIMEOUT_CHECK_INTERVAL = TimeValue.ofMilliseconds(100);

    private final CloseableHttpAsyncClient client;
    private final PoolingAsyncClientConnectionManager pool;
    private final Duration connectionRequestTimeout;
    private final int maxConnections;
    /** How to fail each call that has not ended yet, should the transport close under it. */
    private final Set<Runnable> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** One immutable RequestConfig per response timeout in use (clients sharing the transport may differ). */
    private final Map<Duration, RequestConfig> requestConfigs = new ConcurrentHashMap<>();

    private CamHttpTransport(Builder b) {
        this.maxConnections = b.maxConnections;
        this.connectionRequestTimeout = b.connectionRequestTimeout;
        PoolingAsyncClientConnectionManagerBuilder poolBuilder = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(b.maxConnections)
                .setMaxConnPerRoute(b.maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(b.connectTimeout))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build());
        if (b.sslContext != null) {
            // The host name must be verified by HttpClient itself: ClientTlsStrategyBuilder without a verifier
            // falls back to BUILTIN (JSSE endpoint identification), which HttpClient 5.5's async TLS upgrade sets
            // on the engine's parameters only after applying them, so no name was checked (TlsRouteTest).
            // So: the same strategy HttpClient uses for the JVM's default context, with this context.
            poolBuilder.setTlsStrategy(new DefaultClientTlsStrategy(b.sslContext, HostnameVerificationPolicy.BOTH,
                    HttpsSupport.getDefaultHostnameVerifier()));
        }
        this.pool = poolBuilder.build();
        var clientBuilder = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(b.ioThreads).setTcpNoDelay(true)
                        .setSelectInterval(TIMEOUT_CHECK_INTERVAL).build())
                .setIoSessionDecorator(session -> session) // no wire log: it would show secrets
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("camel-cam")
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (b.proxy != null) {
            clientBuilder.setProxy(b.proxy);
        }
        this.client = clientBuilder.build();
        this.client.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sends a request and reads the whole answer (bounded). */
    CompletableFuture<HttpResult> exchange(URI uri, String token, RequestBody body, Duration responseTimeout) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        Runnable abort = () -> result.completeExceptionally(closedInFlight());
        inFlight.add(abort);
        result.whenComplete((r, e) -> inFlight.remove(abort));
        AsyncResponseConsumer<HttpResult> consumer = new BufferingConsumer(MAX_JSON_BYTES);
        Future<HttpResult> running;
        try {
            running = client.execute(request(uri, token, body), consumer, null,
                    context(responseTimeout), new FutureCallback<>() {
                        @Override
                        public void completed(HttpResult r) {
                            result.complete(r);
                        }

                        @Override
                        public void failed(Exception ex) {
                            result.completeExceptionally(ex);
                        }

                        @Override
                        public void cancelled() {
                            result.cancel(false);
                        }
                    });
        } catch (RuntimeException notSent) {
            inFlight.remove(abort);
            throw notSent;
        }
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                running.cancel(true);
            }
        });
        abortIfClosed(abort);
        return result;
    }

    /** Sends a request and hands a 200 CSV answer over as a stream while it arrives. */
    CompletableFuture<HttpResult> stream(URI uri, String token, RequestBody body, Duration responseTimeout) {
        StreamingConsumer consumer = new StreamingConsumer(MAX_JSON_BYTES);
        // in flight until the body has been read, not just until the head arrived
        Runnable abort = () -> consumer.failed(closedInFlight());
        inFlight.add(abort);
        Future<Void> running;
        try {
            running = client.execute(request(uri, token, body), consumer, null,
                    context(responseTimeout), new FutureCallback<>() {
                        @Override
                        public void completed(Void v) {
                            // the head future completed earlier; the body has been read to its end
                            inFlight.remove(abort);
                        }

                        @Override
                        public void failed(Exception ex) {
                            inFlight.remove(abort);
                            consumer.failed(ex);
                        }

                        @Override
                        public void cancelled() {
                            inFlight.remove(abort);
                            consumer.head().cancel(false);
                        }
                    });
        } catch (RuntimeException notSent) {
            inFlight.remove(abort);
            throw notSent;
        }
        consumer.exchange(running);
        abortIfClosed(abort);
        return consumer.head();
    }

    /** A call that raced with {@link #close()} must not wait for callbacks that will never come. */
    private void abortIfClosed(Runnable abort) {
        if (closed && inFlight.remove(abort)) {
            abort.run();
        }
    }

    private static IOException closedInFlight() {
        return new ConnectionClosedException("the CAM transport was closed while the request was in flight");
    }

    private AsyncRequestProducer request(URI uri, String token, RequestBody body) {
        AsyncEntityProducer entity;
        if (body instanceof RequestBody.Form form) {
            entity = AsyncEntityProducers.create(form.encode(),
                    ContentType.APPLICATION_FORM_URLENCODED.withCharset(java.nio.charset.StandardCharsets.UTF_8));
        } else if (body instanceof RequestBody.Multipart multipart) {
            entity = new MultipartCsvProducer(multipart.partName(), multipart.csv());
        } else {
            throw new IllegalArgumentException("unknown body " + body);
        }
        // built directly: AsyncRequestBuilder re-parses the URI with a URIBuilder on every request
        BasicHttpRequest request = new BasicHttpRequest(Method.POST, uri);
        request.addHeader(new SecretHeader(TOKEN_HEADER, token));
        return new BasicRequestProducer(request, entity);
    }

    private HttpClientContext context(Duration responseTimeout) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfigs.computeIfAbsent(responseTimeout, timeout -> RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(connectionRequestTimeout))
                .build()));
        return context;
    }

    /** Connections leased (in flight), idle and waiting for a lease, for monitoring and leak checks. */
    public PoolStats poolStats() {
        return pool.getTotalStats();
    }

    public int maxConnections() {
        return maxConnections;
    }

    /**
     * Closes every connection; calls still in flight fail with an IOException (outcome unknown).
     * HttpClient's graceful shutdown does not report every exchange it drops, so whatever it left
     * unanswered is failed here: a caller never waits for an answer that cannot come.
     */
    @Override
    public void close() {
        closed = true;
        client.close(CloseMode.GRACEFUL);
        for (Runnable abort : List.copyOf(inFlight)) {
            if (inFlight.remove(abort)) {
                abort.run();
            }
        }
    }

    @Override
    public String toString() {
        return "CamHttpTransport[maxConnections=" + maxConnections + ", " + poolStats() + "]";
    }

    /** Connection settings; defaults suit a CAM server on a LAN or the internet. */
    public static final class Builder {
        private int maxConnections = 64;
        private int ioThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration connectionRequestTimeout = Duration.ofSeconds(30);
        private SSLContext sslContext;
        private HttpHost proxy;

        private Builder() {
        }

        /** Most connections open at once (and so most requests in flight); default 64. */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, was " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /** I/O dispatcher threads; default the number of cores, at most 4. */
        public Builder ioThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("ioThreads must be at least 1, was " + threads);
            }
            this.ioThreads = threads;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long a request waits for a free pooled connection when all are busy. */
        public Builder connectionRequestTimeout(Duration timeout) {
            this.connectionRequestTimeout = positive(timeout, "connectionRequestTimeout");
            return this;
        }

        /** TLS settings (trust store, key store, protocols); null = the JVM's defaults. */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** An HTTP proxy to reach CAM through, e.g. {@code http://proxy.corp:3128}; null = direct. */
        public Builder proxy(URI proxyUri) {
            this.proxy = proxyUri == null ? null : new HttpHost(proxyUri.getScheme(), proxyUri.getHost(), proxyUri.getPort());
            return this;
        }

        public CamHttpTransport build() {
            return new CamHttpTransport(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
