package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Holds processed answers back by a fixed latency without holding a thread per request: one timer thread
 * per sandbox, then the server's own workers write the answer. The JDK server lets a handler return and
 * finish its exchange later from another thread. A request is processed (and logged) when it arrives;
 * only its answer waits. The timer's queue holds one entry per request waiting, so at most one per open
 * connection (the JDK server reads a connection's next request only after its answer).
 */
public final class AnswerDelay {

    /** Writes an answer and closes the exchange; the write that throws closes the connection. */
    @FunctionalInterface
    public interface Answer {
        void write() throws IOException;
    }

    private final long latencyNanos;
    private ScheduledExecutorService timer;

    public AnswerDelay(Duration latency) {
        this.latencyNanos = latency.toNanos();
    }

    /** Writes {@code answer} now when there is no latency, else after it on one of the server's workers. */
    public void send(HttpExchange exchange, Answer answer) throws IOException {
        if (latencyNanos == 0) {
            answer.write();
            exchange.close();
            return;
        }
        Executor workers = exchange.getHttpContext().getServer().getExecutor();
        timer(exchange.getLocalAddress().getPort()).schedule(() -> {
            try {
                workers.execute(() -> writeAndClose(exchange, answer));
            } catch (RejectedExecutionException stopped) {
                exchange.close(); // the sandbox stopped meanwhile: its connections are closed already
            }
        }, latencyNanos, TimeUnit.NANOSECONDS);
    }

    /** Ends the timer thread; answers still waiting are not sent (their connections close with the server). */
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private synchronized ScheduledExecutorService timer(int port) {
        if (timer == null) {
            ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "cam-sandbox-" + port + "-latency");
                thread.setDaemon(true); // like the workers: a forgotten sandbox must not keep the JVM alive
                return thread;
            });
            created.setRemoveOnCancelPolicy(true);
            timer = created;
        }
        return timer;
    }

    private static void writeAndClose(HttpExchange exchange, Answer answer) {
        try {
            answer.write();
        } catch (IOException | RuntimeException e) {
            // the client went away or the sandbox stopped: nobody is left to answer, as when written at once
        } finally {
            exchange.close();
        }
    }
}
