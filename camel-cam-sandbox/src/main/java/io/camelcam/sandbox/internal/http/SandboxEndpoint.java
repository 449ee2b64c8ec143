package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.sun.net.httpserver.HttpHandler;

import io.camelcam.sandbox.internal.tls.SelfSignedCertificate;

/**
 * Where a sandbox listens: its server, built at the first start and started again on the same port
 * after a stop; its self-signed certificate when it serves HTTPS, made at first use and deleted by
 * {@link #close()}; and the URL clients reach it by. Thread-safe.
 */
public final class SandboxEndpoint {

    private final String bindAddress;
    private final int configuredPort;
    private final int threads;
    private final boolean https;
    private final Map<String, HttpHandler> contexts;

    private volatile SandboxServer server;
    private SelfSignedCertificate certificate;
    private boolean closed;

    /**
     * @param port     0 for a free port, chosen at the first start and kept afterwards
     * @param contexts path prefix to handler; the longest matching prefix serves a request
     */
    public SandboxEndpoint(String bindAddress, int port, int threads, boolean https, Map<String, HttpHandler> contexts) {
        this.bindAddress = bindAddress;
        this.configuredPort = port;
        this.threads = threads;
        this.https = https;
        this.contexts = Map.copyOf(contexts);
    }

    /**
     * @throws IllegalStateException after {@link #close()}
     * @throws UncheckedIOException  when the port cannot be bound or the certificate cannot be made
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("this sandbox is closed; build a new one");
        }
        try {
            if (server == null) {
                server = new SandboxServer(bindAddress, configuredPort, threads, https ? certificate().serverContext() : null,
                        contexts);
            }
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the CAM sandbox on " + bindAddress + ":"
                    + (server == null ? configuredPort : server.port()), e);
        }
    }

    /**
     * Closes the listener and all connections at once.
     *
     * @return whether there was a server to stop: {@code false} before the first start
     */
    public synchronized boolean stop() {
        if (server == null) {
            return false;
        }
        server.stop();
        return true;
    }

    public boolean isRunning() {
        SandboxServer current = server;
        return current != null && current.isRunning();
    }

    /** Stops for good and deletes the generated certificate files. */
    public synchronized void close() {
        stop();
        if (certificate != null) {
            certificate.close();
        }
        closed = true;
    }

    /** Whether a port has been bound at least once, so that {@link #url()} has an answer. */
    public boolean hasPort() {
        SandboxServer current = server;
        return current != null && current.port() != 0;
    }

    /** E.g. {@code http://127.0.0.1:43127}, or {@code https://localhost:43127} (the name the certificate carries). */
    public String url() {
        String host = https ? "localhost" : urlHost(bindAddress);
        return (https ? "https" : "http") + "://" + host + ":" + port();
    }

    /** @throws IllegalStateException when a free port was asked for and the sandbox never started */
    public int port() {
        SandboxServer current = server;
        int port = current != null ? current.port() : configuredPort;
        if (port == 0) {
            throw new IllegalStateException("the port is chosen at the first start()");
        }
        return port;
    }

    /**
     * @throws IllegalStateException when the sandbox serves plain HTTP
     * @throws UncheckedIOException  when the certificate cannot be made
     */
    public synchronized SelfSignedCertificate certificate() {
        if (!https) {
            throw new IllegalStateException("this sandbox serves plain HTTP; build it with https(true)");
        }
        if (certificate == null) {
            try {
                certificate = SelfSignedCertificate.generate();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot generate the sandbox's certificate", e);
            }
        }
        return certificate;
    }

    /** A wildcard bind is reached through loopback; an IPv6 literal needs brackets. */
    private static String urlHost(String bindAddress) {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]")) {
            return "127.0.0.1";
        }
        return bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
    }
}
