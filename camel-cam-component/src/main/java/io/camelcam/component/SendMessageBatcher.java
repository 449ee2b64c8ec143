package io.camelcam.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamApiException;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.SendMessage;
import io.camelcam.client.operation.SendMessages;

/**
 * Auto-batching of {@code sendMessage} (options batchSize, batchTimeout): messages of exchanges in
 * flight are collected, each already validated, and sent as one {@code sendMessages} call when
 * batchSize have come, when batchTimeout has passed since the first, or when the producer stops.
 * Each exchange completes only when CAM has answered for its batch.
 *
 * <p>When the batch fails:
 * <ul>
 * <li>CAM status 520 (a {@link CamApiException}): {@code sendMessages} is all or nothing, so CAM
 * delivered none of the batch. Unless the error concerns the call as a whole (invalid token,
 * permission denied), each message is then sent again on its own with {@code sendMessage}, so one
 * message CAM refuses fails only its own exchange.</li>
 * <li>any other failure (HTTP status, timeout, broken connection, unreadable answer): every exchange
 * of the batch fails with that exception and nothing is resent, since CAM may have delivered the
 * batch. The client's own write retries (retryOn) apply to the batch call as to any write.</li>
 * </ul>
 */
final class SendMessageBatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SendMessageBatcher.class);

    private final CamEndpoint endpoint;
    private final int batchSize;
    private final long timeoutMillis;
    private final ScheduledExecutorService timer;

    private final Object lock = new Object();
    private List<Pending> filling;
    private ScheduledFuture<?> timeout;
    private boolean closed;
    /** Exchanges taken in and not yet handed back: a stop waits for them. */
    private int outstanding;

    private record Pending(SendMessage call, Exchange exchange, AsyncCallback callback) {
    }

    SendMessageBatcher(CamEndpoint endpoint, int batchSize, long timeoutMillis, ScheduledExecutorService timer) {
        this.endpoint = endpoint;
        this.batchSize = Math.min(batchSize, AssumedContract.MAX_MESSAGES_PER_CALL);
        this.timeoutMillis = timeoutMillis;
        this.timer = timer;
        this.filling = new ArrayList<>(this.batchSize);
    }

    /** Takes a validated sendMessage call; its exchange is completed through {@code callback} later. */
    void add(CamCall<?> call, Exchange exchange, AsyncCallback callback) {
        Pending pending = new Pending((SendMessage) call, exchange, callback);
        List<Pending> full = null;
        synchronized (lock) {
            outstanding++;
            if (closed) {
                full = List.of(pending);
            } else {
                filling.add(pending);
                if (filling.size() >= batchSize) {
                    full = take();
                } else if (filling.size() == 1) {
                    List<Pending> first = filling;
                    timeout = timer.schedule(() -> flushIfStill(first), timeoutMillis, TimeUnit.MILLISECONDS);
                }
            }
        }
        if (full != null) {
            send(full);
        }
    }

    /** Sends the batch that {@code batch} was when the timer was set, unless it has gone already. */
    private void flushIfStill(List<Pending> batch) {
        List<Pending> due = null;
        synchronized (lock) {
            if (filling == batch && !filling.isEmpty()) {
                due = take();
            }
        }
        if (due != null) {
            send(due);
        }
    }

    /** Under the lock: the batch being filled, replaced by an empty one. */
    private List<Pending> take() {
        List<Pending> batch = filling;
        filling = new ArrayList<>(batchSize);
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
        return batch;
    }

    private void send(List<Pending> batch) {
        if (batch.size() == 1) {
            sendAlone(batch.get(0));
            return;
        }
        List<CamMessage> messages = new ArrayList<>(batch.size());
        batch.forEach(p -> messages.add(p.call().message()));
        CompletableFuture<Void> answer;
        try {
            answer = endpoint.getClient(CamOperation.sendMessages).execute(new SendMessages(messages));
        } catch (RuntimeException e) {
            // nothing was sent (e.g. the endpoint has stopped)
            batch.forEach(p -> complete(p, e));
            return;
        }
        answer.whenCompleteAsync((result, error) -> {
            if (error == null) {
                batch.forEach(p -> complete(p, null));
            } else if (error instanceof CamApiException refused && !concernsTheCall(refused)) {
                LOG.debug("CAM refused a batch of {} messages ({}): sending them one by one", batch.size(), refused.getMessage());
                batch.forEach(this::sendAlone);
            } else {
                batch.forEach(p -> complete(p, error));
            }
        }, endpoint.getCallbackExecutor());
    }

    /** A bad token or a missing permission would fail every message alone just the same. */
    private static boolean concernsTheCall(CamApiException e) {
        return e.hasErrorCode(AssumedContract.CODE_INVALID_TOKEN) || e.hasErrorCode(AssumedContract.CODE_PERMISSION_DENIED);
    }

    private void sendAlone(Pending p) {
        CompletableFuture<Void> answer;
        try {
            answer = endpoint.getClient(CamOperation.sendMessage).execute(p.call());
        } catch (RuntimeException e) {
            complete(p, e);
            return;
        }
        answer.whenCompleteAsync((result, error) -> complete(p, error), endpoint.getCallbackExecutor());
    }

    private void complete(Pending p, Throwable error) {
        try {
            if (error != null) {
                p.exchange().setException(error);
            }
            p.callback().done(false);
        } catch (RuntimeException e) {
            LOG.warn("Continuing exchange {} after its batch failed: {}", p.exchange().getExchangeId(), e.toString());
        } finally {
            synchronized (lock) {
                if (--outstanding == 0) {
                    lock.notifyAll();
                }
            }
        }
    }

    /**
     * Sends what is still being collected and waits, at most {@code maxWaitMillis}, until CAM has
     * answered for every message taken in. Messages arriving afterwards are sent one by one.
     */
    void close(long maxWaitMillis) throws InterruptedException {
        List<Pending> rest;
        synchronized (lock) {
            closed = true;
            rest = take();
        }
        if (!rest.isEmpty()) {
            send(rest);
        }
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        synchronized (lock) {
            while (outstanding > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    LOG.warn("Stopped waiting for CAM to answer for {} batched messages", outstanding);
                    return;
                }
                lock.wait(left);
            }
        }
    }
}
