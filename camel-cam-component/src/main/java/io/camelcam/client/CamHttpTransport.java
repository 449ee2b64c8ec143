package io.camelcam.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelcam.client.internal.http.BufferingConsumer;
import io.camelcam.client.internal.http.FormEntityProducer;
import io.camelcam.client.internal.http.GuardedConsumer;
import io.camelcam.client.internal.http.HttpResult;
import io.camelcam.client.internal.http.LazyTlsStrategy;
import io.camelcam.client.internal.http.MultipartCsvProducer;
import io.camelcam.client.internal.http.RequestDeparture;
import io.camelcam.client.internal.http.SecretHeader;
import io.camelcam.client.internal.http.StreamedDownloads;
import io.camelcam.client.internal.http.TransportBrokenException;
import io.camelcam.client.operation.RequestBody;

/**
 * The HTTP side of the client: one non-blocking Apache HttpClient 5 with a pooled connection
 * manager, meant to be shared by every {@link CamClient} talking to CAM with the same connection
 * settings (the Camel component shares one per component). Never retries on its own, follows no
 * redirect, keeps no cookie, speaks HTTP/1.1, and logs no wire bytes: HttpClient's wire log would
 * print the API token and quick-call passwords.
 *
 * <p>An {@link Error} that kills one of HttpClient's I/O threads (an {@link OutOfMemoryError}, say)
 * would leave every exchange on it waiting forever, and HttpClient says nothing. Here it is loud:
 * every call in flight fails at once with a {@link io.camelcam.client.error.CamTransportException}
 * naming the error, {@link #lastFailure()} reports it (the Camel component's readiness check turns
 * DOWN on it), and the next call runs on a fresh HttpClient: the transport recovers by itself.
 */
public final class CamHttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CamHttpTransport.class);

    /** The header CAM reads the API token from. */
    public static final String TOKEN_HEADER = SecretHeader.API_TOKEN;
    /** Default bound of a JSON answer; CAM's answers are small, anything near this is not CAM. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L * 1024 * 1024;
    /** The most memory one streamed body (exportUsers) ever holds in the client, whatever its size. */
    public static final int STREAM_BUFFER_BYTES = StreamedDownloads.SESSION_BUFFER_BYTES;
    /**
     * How often the I/O reactor looks for expired timeouts. HttpClient's default, 1 s, let a timeout fire up to
     * a second late: a 500 ms responseTimeout waited up to 1.5 s. An idle I/O thread now wakes ten times a second.
     */
    static final TimeValue TIMEOUT_CHECK_INTERVAL = TimeValue.ofMilliseconds(100);

    private final Builder settings;
    private final int maxConnections;
    private final Duration connectionRequestTimeout;
    /** One immutable RequestConfig per response timeout in use (clients sharing the transport may differ). */
    private final Map<Duration, RequestConfig> requestConfigs = new ConcurrentHashMap<>();
    private final Object engineLock = new Object();
    private volatile Engine engine;
    /** Streamed answers: blocking I/O, so the reader's pace holds CAM back (see {@link StreamedDownloads}). */
    private final StreamedDownloads downloads;
    private volatile boolean closed;
    private volatile Failure lastFailure;
    private final AtomicInteger restarts = new AtomicInteger();
    private final CallCounters counters = new CallCounters();

    private static final AtomicInteger IO_THREADS = new AtomicInteger();

    private CamHttpTransport(Builder b) {
        this.settings = b.copy();
        this.maxConnections = b.maxConnections;
        this.connectionRequestTimeout = b.connectionRequestTimeout;
        this.engine = new Engine();
        this.downloads = new StreamedDownloads(b.maxConnections, b.connectTimeout, b.connectionRequestTimeout,
                b.sslContext, b.proxy, b.proxyCredentials(), b.useSystemProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sends a request and reads the whole answer, failing it once it passes {@code maxResponseSize} bytes. */
    CompletableFuture<HttpResult> exchange(URI uri, String token, RequestBody body, Duration responseTimeout,
            long maxResponseSize) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        Engine current = engine();
        Runnable abort = () -> result.completeExceptionally(current.brokenReason());
        current.inFlight.add(abort);
        result.whenComplete((r, e) -> current.inFlight.remove(abort));
        Future<HttpResult> running = current.send(uri, token, body, responseTimeout,
                new BufferingConsumer(maxResponseSize), abort, new FutureCallback<>() {
                    @Override
                    public void completed(HttpResult r) {
                        result.complete(r);
                    }

                    @Override
                    public void failed(Exception ex) {
                        result.completeExceptionally(current.failure(ex));
                    }

                    @Override
                    public void cancelled() {
                        result.cancel(false);
                    }
                });
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                running.cancel(true);
            }
        });
        return result;
    }

    /**
     * Sends a request and hands a 200 CSV answer over as a stream, read from the socket as it is read
     * (see {@link StreamedDownloads}); each read waits at most {@code responseTimeout}.
     */
    CompletableFuture<HttpResult> stream(String operation, URI uri, String token, RequestBody.Form body,
            Duration responseTimeout, long maxResponseSize) {
        return downloads.open(operation, uri, token, body, responseTimeout, maxResponseSize);
    }

    /**
     * Runs one exchange with any response consumer on the current HttpClient; for tests that need
     * HttpClient's I/O thread to do something it never does on its own, such as throwing an Error.
     */
    <T> Future<T> execute(URI uri, String token, RequestBody body, AsyncResponseConsumer<T> consumer,
            FutureCallback<T> callback) {
        Engine current = engine();
        Runnable abort = () -> callback.failed(current.brokenReason());
        current.inFlight.add(abort);
        return current.send(uri, token, body, Duration.ofSeconds(30), consumer, abort, new FutureCallback<>() {
            @Override
            public void completed(T result) {
                current.inFlight.remove(abort);
                callback.completed(result);
            }

            @Override
            public void failed(Exception ex) {
                current.inFlight.remove(abort);
                callback.failed(current.failure(ex));
            }

            @Override
            public void cancelled() {
                current.inFlight.remove(abort);
                callback.cancelled();
            }
        });
    }

    /** The HttpClient to send with: a fresh one if the last one broke. */
    private Engine engine() {
        Engine current = engine;
        if (!current.broken || closed) {
            return current;
        }
        synchronized (engineLock) {
            if (engine.broken && !closed) {
                engine = new Engine();
                LOG.info("CAM transport restarted its HttpClient after an I/O thread failed ({} restart(s) so far)",
                        restarts.incrementAndGet());
            }
            return engine;
        }
    }

    private static AsyncEntityProducer entity(RequestBody body) {
        if (body instanceof RequestBody.Form form) {
            return new FormEntityProducer(form.encode());
        } else if (body instanceof RequestBody.Multipart multipart) {
            return new MultipartCsvProducer(multipart.partName(), multipart.csv());
        }
        throw new IllegalArgumentException("unknown body " + body);
    }

    private static AsyncRequestProducer request(URI uri, String token, AsyncEntityProducer entity) {
        // built directly: AsyncRequestBuilder re-parses the URI with a URIBuilder on every request
        BasicHttpRequest request = new BasicHttpRequest(Method.POST, uri);
        request.addHeader(SecretHeader.apiToken(token));
        return new BasicRequestProducer(request, entity);
    }

    private HttpClientContext context(Duration responseTimeout) {
        HttpClientContext context = HttpClientContext.create();
        RequestConfig config = requestConfigs.get(responseTimeout); // a plain get: no capturing lambda per request
        if (config == null) {
            config = requestConfigs.computeIfAbsent(responseTimeout, timeout -> RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(timeout))
                    .setConnectionRequestTimeout(Timeout.of(connectionRequestTimeout))
                    .build());
        }
        context.setRequestConfig(config);
        return context;
    }

    /**
     * Connections leased (in flight, streams being read included), idle and waiting for a lease, for
     * monitoring and leak checks.
     */
    public PoolStats poolStats() {
        PoolStats calls = engine.pool.getTotalStats();
        PoolStats streams = downloads.poolStats();
        return new PoolStats(calls.getLeased() + streams.getLeased(), calls.getPending() + streams.getPending(),
                calls.getAvailable() + streams.getAvailable(), calls.getMax() + streams.getMax());
    }

    public int maxConnections() {
        return maxConnections;
    }

    /** The last time an I/O thread failed, and how, or null if none ever did. Holds no secret. */
    public Failure lastFailure() {
        return lastFailure;
    }

    /** The calls sent over this transport by every client sharing it, and their failures by type. */
    public CallCounters counters() {
        return counters;
    }

    /** How often the transport has replaced its HttpClient after an I/O thread failed. */
    public int restarts() {
        return restarts.get();
    }

    /**
     * Closes every connection; calls still in flight fail with an IOException (outcome unknown).
     * HttpClient's graceful shutdown does not report every exchange it drops, so whatever it left
     * unanswered is failed here: a caller never waits for an answer that cannot come.
     */
    @Override
    public void close() {
        closed = true;
        Engine current;
        synchronized (engineLock) {
            current = engine;
        }
        current.close(CloseMode.GRACEFUL, new TransportBrokenException(
                "the CAM transport was closed while the request was in flight", null));
        downloads.close();
    }

    @Override
    public String toString() {
        return "CamHttpTransport[maxConnections=" + maxConnections + ", " + poolStats() + "]";
    }

    /** When an I/O thread failed and with what; {@code error} is the Error's class and message. */
    public record Failure(Instant at, String error) {
    }

    /**
     * One HttpClient with its pool, and the calls in flight on it. When one of its I/O threads dies
     * it is "broken": its calls are failed, it is closed, and the transport builds the next one.
     */
    private final class Engine {
        final CloseableHttpAsyncClient client;
        final PoolingAsyncClientConnectionManager pool;
        /** How to fail each call that has not ended yet, should this engine break or close under it. */
        final Set<Runnable> inFlight = ConcurrentHashMap.newKeySet();
        volatile boolean broken;
        private final AtomicBoolean failedByError = new AtomicBoolean();
        volatile IOException brokenReason = new TransportBrokenException(
                "the CAM transport was closed while the request was in flight", null);

        Engine() {
            Builder b = settings;
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
            if (b.sslContext == null) {
                // the JVM's default TLS (with useSystemProperties its javax.net.ssl.* trust and key stores), built by
                // the first https connection: a plain-HTTP transport never pays for it (see LazyTlsStrategy)
                poolBuilder.setTlsStrategy(new LazyTlsStrategy(b.useSystemProperties
                        ? DefaultClientTlsStrategy::createSystemDefault : DefaultClientTlsStrategy::createDefault));
            }
            this.pool = poolBuilder.build();
            var clientBuilder = HttpAsyncClients.custom()
                    .setConnectionManager(pool)
                    .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                    .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(b.ioThreads).setTcpNoDelay(true)
                            .setSelectInterval(TIMEOUT_CHECK_INTERVAL).build())
                    .setThreadFactory(this::ioThread)
                    .setIoSessionDecorator(session -> session) // no wire log: it would show secrets
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .setUserAgent("camel-cam")
                    .evictIdleConnections(TimeValue.ofSeconds(30));
            if (b.proxy != null) {
                clientBuilder.setProxy(b.proxy);
            }
            CredentialsProvider proxyCredentials = b.proxyCredentials();
            if (proxyCredentials != null) {
                clientBuilder.setDefaultCredentialsProvider(proxyCredentials);
            }
            if (b.useSystemProperties) {
                // http(s).proxyHost/Port, http.nonProxyHosts and the javax.net.ssl.* settings of the JVM
                clientBuilder.useSystemProperties();
            }
            if (b.configurer != null) {
                b.configurer.configure(clientBuilder);
            }
            this.client = clientBuilder.build();
            this.client.start();
        }

        /** HttpClient's I/O threads, each reporting its death to the engine. */
        private Thread ioThread(Runnable work) {
            Thread thread = new Thread(work, "camel-cam-io-" + IO_THREADS.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, error) -> ioError(error));
            return thread;
        }

        /**
         * An Error on one of this engine's I/O threads, reported by the guard around the response
         * consumers (before HttpCore tears the thread's connections down, so their calls fail naming
         * it) or by the dying thread itself. Breaks the engine once: its calls fail, it is closed, the
         * transport builds the next one.
         */
        void ioError(Throwable error) {
            if (!failedByError.compareAndSet(false, true)) {
                return;
            }
            String what = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
            IOException reason = new TransportBrokenException("an HttpClient I/O thread died of " + what
                    + " while the request was in flight, outcome unknown", error);
            brokenReason = reason;
            broken = true;
            lastFailure = new Failure(Instant.now(), what);
            LOG.error("CAM transport: an HttpClient I/O thread died of {}; its calls fail now, the next call gets a "
                    + "fresh HttpClient", what, error);
            Thread closer = new Thread(() -> close(CloseMode.IMMEDIATE, reason), "camel-cam-io-reset");
            closer.setDaemon(true);
            closer.start();
        }

        /** What a call of this engine fails with: the engine's own failure once it broke, whatever HttpClient says. */
        Exception failure(Exception reported) {
            return broken ? brokenReason : reported;
        }

        <T> Future<T> send(URI uri, String token, RequestBody body, Duration responseTimeout,
                AsyncResponseConsumer<T> consumer, Runnable abort, FutureCallback<T> callback) {
            Future<T> running;
            try {
                RequestDeparture departure = new RequestDeparture(entity(body));
                running = client.execute(request(uri, token, departure), new GuardedConsumer<>(consumer, this::ioError),
                        null, context(responseTimeout), new FutureCallback<>() {
                            @Override
                            public void completed(T result) {
                                callback.completed(result);
                            }

                            @Override
                            public void failed(Exception ex) {
                                callback.failed(departure.explain(ex));
                            }

                            @Override
                            public void cancelled() {
                                callback.cancelled();
                            }
                        });
            } catch (RuntimeException notSent) {
                inFlight.remove(abort);
                throw notSent;
            }
            // a call that raced with close() or a thread's death must not wait for callbacks that will never come
            if (broken && inFlight.remove(abort)) {
                abort.run();
            }
            return running;
        }

        IOException brokenReason() {
            return brokenReason;
        }

        void close(CloseMode mode, IOException reason) {
            brokenReason = reason;
            broken = true;
            client.close(mode);
            for (Runnable abort : List.copyOf(inFlight)) {
                if (inFlight.remove(abort)) {
                    abort.run();
                }
            }
        }
    }

    /** Connection settings; defaults suit a CAM server on a LAN or the internet. */
    public static final class Builder {
        private int maxConnections = 64;
        private int ioThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration connectionRequestTimeout = Duration.ofSeconds(30);
        private SSLContext sslContext;
        private HttpHost proxy;
        private String proxyUsername;
        private char[] proxyPassword;
        private boolean useSystemProperties;
        private CamHttpClientConfigurer configurer;

        private Builder() {
        }

        /** The settings as they are now: each HttpClient the transport builds uses the same. */
        private Builder copy() {
            Builder copy = new Builder();
            copy.maxConnections = maxConnections;
            copy.ioThreads = ioThreads;
            copy.connectTimeout = connectTimeout;
            copy.connectionRequestTimeout = connectionRequestTimeout;
            copy.sslContext = sslContext;
            copy.proxy = proxy;
            copy.proxyUsername = proxyUsername;
            copy.proxyPassword = proxyPassword;
            copy.useSystemProperties = useSystemProperties;
            copy.configurer = configurer;
            return copy;
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

        /** Basic credentials for the proxy; sent only to the proxy, never logged. Needs {@link #proxy(URI)}. */
        public Builder proxyCredentials(String username, char[] password) {
            this.proxyUsername = Objects.requireNonNull(username, "proxyUsername");
            this.proxyPassword = password == null ? new char[0] : password.clone();
            return this;
        }

        /** Also take the JVM's proxy (http.proxyHost, ...) and TLS (javax.net.ssl.*) system properties; default false. */
        public Builder useSystemProperties(boolean use) {
            this.useSystemProperties = use;
            return this;
        }

        /** Called last on the calls' HttpClient builder; null = none. */
        public Builder configurer(CamHttpClientConfigurer configurer) {
            this.configurer = configurer;
            return this;
        }

        private CredentialsProvider proxyCredentials() {
            if (proxy == null || proxyUsername == null) {
                return null;
            }
            return CredentialsProviderBuilder.create().add(new AuthScope(proxy), proxyUsername, proxyPassword).build();
        }

        public CamHttpTransport build() {
            if (proxyUsername != null && proxy == null) {
                throw new IllegalArgumentException("proxyCredentials need a proxy");
            }
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
