package io.camelcam.component;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listening socket that never accepts and whose accept queue is full, so the kernel drops further
 * connection attempts and a client's connect times out, exactly as against a host that silently
 * drops SYNs (a firewall, a dead server). Unlike a "non-routable" address this needs no network and
 * behaves the same everywhere: the constructor proves the queue is full before a test relies on it.
 */
final class FullBacklogServer implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket();
    private final List<Socket> queued = new ArrayList<>();

    FullBacklogServer() throws IOException {
        listener.bind(new InetSocketAddress("127.0.0.1", 0), 1);
        for (int i = 0; i < 64; i++) {
            Socket probe = new Socket();
            try {
                probe.connect(listener.getLocalSocketAddress(), 500);
                queued.add(probe);
            } catch (SocketTimeoutException full) {
                probe.close();
                return;
            }
        }
        close();
        throw new IllegalStateException("the accept queue never filled: a connect timeout cannot be provoked here");
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : queued) {
            socket.close();
        }
        listener.close();
    }
}
