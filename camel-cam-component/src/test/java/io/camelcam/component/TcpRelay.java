package io.camelcam.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP relay in front of a server, as a load balancer would sit: every connection accepted
 * is piped byte for byte to the target. It counts the connections open through it, so a test sees
 * how many connections a client really held at once, and it lets a client reach the server under
 * another address (e.g. one a TLS certificate does not name).
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tcp-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean closed;

    private TcpRelay(String bindAddress, InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 256, InetAddress.getByName(bindAddress));
        threads.execute(this::acceptLoop);
    }

    /** Listens on a free port of {@code bindAddress} and relays to {@code 127.0.0.1:targetPort}. */
    static TcpRelay start(String bindAddress, int targetPort) throws IOException {
        return new TcpRelay(bindAddress, new InetSocketAddress("127.0.0.1", targetPort));
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections open through the relay right now. */
    int open() {
        return open.get();
    }

    /** The most connections that were open through the relay at the same time. */
    int maxOpen() {
        return maxOpen.get();
    }

    /** Connections accepted since the start. */
    int accepted() {
        return accepted.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            threads.execute(() -> relay(client));
        }
    }

    private void relay(Socket client) {
        sockets.add(client);
        Socket server = new Socket();
        sockets.add(server);
        try {
            server.connect(target);
            CountDownLatch ended = new CountDownLatch(2);
            threads.execute(() -> pipe(server, client, ended));
            pipe(client, server, ended);
            ended.await();
        } catch (IOException | InterruptedException e) {
            // the target refused or the relay is closing: the client sees its connection close
        } finally {
            closeQuietly(client);
            closeQuietly(server);
            sockets.remove(client);
            sockets.remove(server);
            open.decrementAndGet();
        }
    }

    /** Copies one direction until its end, then half-closes the other side, as TCP would. */
    private static void pipe(Socket from, Socket to, CountDownLatch ended) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // reset or closed by either side: a reset is passed on as one
            closeQuietly(from);
            closeQuietly(to);
        } finally {
            ended.countDown();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        sockets.forEach(TcpRelay::closeQuietly);
        threads.shutdownNow();
    }
}
