package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The JDK HTTP(S) server and its worker pool. It can be stopped and started again on the same port;
 * each start builds a fresh server, since a stopped JDK server cannot be restarted.
 */
public final class SandboxServer {

    private static final int BACKLOG = 1024;

    private final String bindAddress;
    private final int threads;
    private final SSLContext ssl;
    private final Map<String, HttpHandler> contexts;
    private int port;
    private HttpServer server;
    private ExecutorService workers;

    /**
     * @param port     0 for a free port, chosen at the first start and kept afterwards
     * @param ssl      serve HTTPS with this context, or {@code null} for HTTP
     * @param contexts path prefix to handler; the longest matching prefix serves a request
     */
    public SandboxServer(String bindAddress, int port, int threads, SSLContext ssl, Map<String, HttpHandler> contexts) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.threads = threads;
        this.ssl = ssl;
        this.contexts = Map.copyOf(contexts);
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        HttpServer created;
        if (ssl != null) {
            HttpsServer https = HttpsServer.create(address, BACKLOG);
            https.setHttpsConfigurator(new HttpsConfigurator(ssl));
            created = https;
        } else {
            created = HttpServer.create(address, BACKLOG);
        }
        contexts.forEach(created::createContext);
        workers = Executors.newFixedThreadPool(threads, new WorkerThreads(created.getAddress().getPort()));
        created.setExecutor(workers);
        created.start();
        port = created.getAddress().getPort();
        server = created;
    }

    /** Closes the listener and every connection at once; delayed responses are interrupted. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        workers = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The bound port; before the first start, the configured one (0 = not chosen yet). */
    public synchronized int port() {
        return port;
    }

    /** Daemon threads: a sandbox a test forgot to close must not keep the JVM alive through them. */
    private static final class WorkerThreads implements ThreadFactory {
        private final int port;
        private final AtomicInteger count = new AtomicInteger();

        WorkerThreads(int port) {
            this.port = port;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "cam-sandbox-" + port + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
