package io.camelcam.component.consumer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelcam.client.Backoff;
import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * Polls a CAM list (reservations, the conference-room master list) and emits one exchange per
 * entry that appeared, changed or disappeared since the previous poll.
 *
 * <p>At least once: the baseline an entry is compared with moves on only when its exchange was
 * processed without failure, so a failed change is found and emitted again at the next poll; the
 * baseline is stored after each poll that moved it. A failed fetch (HTTP status, CAM status 520,
 * timeout) fails the poll before anything is compared: no spurious DELETED, the baseline stays,
 * and the consumer's health check reports the HTTP status or CAM error code until a poll succeeds.
 *
 * <p>The baseline is read from its store at the first poll after every start, so a node that takes
 * over from another (see {@code master:}) continues from where the other stopped. A store that can
 * tell (stateZooKeeper) is asked before each poll whether another node wrote since, and refuses a
 * stale write: such a poll emits nothing. Without stateFile, stateZooKeeper
 * or stateRepository the store is the endpoint's memory: it survives route restarts (Camel then
 * creates a new consumer), not the JVM.
 */
public class CamChangeConsumer<T> extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CamChangeConsumer.class);

    private final PollSettings settings;
    private final ChangeFeed<T> feed;
    private final SnapshotCodec<T> codec;
    private SnapshotStore store;
    private String stateKey;
    /** What the last poll left as the baseline; null until read from the store. */
    private volatile Snapshot<T> baseline;
    /** The baseline moved but could not be stored: store it at the next poll even if nothing changes. */
    private volatile boolean unsaved;
    private volatile PollOutcome lastPoll;

    public CamChangeConsumer(Endpoint endpoint, Processor processor, ChangeFeed<T> feed, PollSettings settings) {
        super(endpoint, processor);
        this.settings = settings;
        this.feed = feed;
        this.codec = new SnapshotCodec<>(feed.type(), feed::id, feed.order());
    }

    @Override
    protected void doStart() throws Exception {
        CamConfiguration options = settings.options();
        feed.checkOptions(options, settings.clock().get());
        stateKey = options.getStateKey() == null || options.getStateKey().isBlank()
                ? feed.defaultStateKey(options) : options.getStateKey().trim();
        store = store(options);
        // read the baseline at the first poll: another node may have moved it on while this one was stopped
        baseline = null;
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (store != null) {
            store.close();
        }
    }

    private SnapshotStore store(CamConfiguration options) {
        boolean file = options.getStateFile() != null && !options.getStateFile().isBlank();
        boolean zooKeeper = options.getStateZooKeeper() != null;
        if (file && options.getStateRepository() != null) {
            throw new CamValidationException(settings.operation(), "option stateFile",
                    "cannot be used together with stateRepository; choose one");
        }
        if (zooKeeper && (file || options.getStateRepository() != null)) {
            throw new CamValidationException(settings.operation(), "option stateZooKeeper",
                    "cannot be used together with " + (file ? "stateFile" : "stateRepository") + "; choose one");
        }
        if (zooKeeper) {
            if (options.getStateZooKeeper().isBlank()) {
                throw new CamValidationException(settings.operation(), "option stateZooKeeper",
                        "is empty; expected host:port[,host:port...][/chroot]");
            }
            return ZooKeeperStateOptions.open(settings.operation(), options.getStateZooKeeper(), stateKey);
        }
        if (file) {
            try {
                return new FileSnapshotStore(Path.of(options.getStateFile().trim()));
            } catch (InvalidPathException e) {
                throw new CamValidationException(settings.operation(), "option stateFile",
                        "'" + options.getStateFile() + "' is not a file path: " + e.getReason());
            }
        }
        if (options.getStateRepository() != null) {
            ServiceHelper.startService(options.getStateRepository());
            return new RepositorySnapshotStore(options.getStateRepository(), stateKey,
                    "state repository " + options.getStateRepository().getClass().getSimpleName());
        }
        ServiceHelper.startService(settings.localState());
        return new RepositorySnapshotStore(settings.localState(), stateKey,
                "endpoint's memory (no stateFile or stateRepository)");
    }

    /** Records when the poll ran and how it ended, for the dev console; the failure is thrown on as before. */
    @Override
    protected int poll() throws Exception {
        Instant started = Instant.now();
        try {
            int emitted = pollChanges();
            lastPoll = new PollOutcome(started, emitted + " change(s) emitted");
            return emitted;
        } catch (Exception e) {
            lastPoll = new PollOutcome(started, "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    private int pollChanges() throws Exception {
        if (baseline != null) {
            checkCurrent();
        }
        Snapshot<T> seen = baseline != null ? baseline : load();
        baseline = seen;
        Snapshot<T> now = fetch();
        List<Change<T>> changes = changesSince(seen, now);
        if (now.periods().size() > 1 && changes.stream().anyMatch(c -> c.type() == ChangeType.DELETED)) {
            // CAM answers one month per request: an entry moved from one watched month to another
            // between the requests of this poll is in neither answer. Read again before believing a deletion.
            now = fetch();
            changes = changesSince(seen, now);
        }
        int limit = maxMessagesPerPoll > 0 ? Math.min(maxMessagesPerPoll, changes.size()) : changes.size();
        LOG.debug("{}: {} change(s) since the previous poll, emitting {}", name(), changes.size(), limit);

        List<Exchange> exchanges = new ArrayList<>(limit);
        for (Change<T> change : changes.subList(0, limit)) {
            exchanges.add(exchangeOf(change));
        }
        Queue<Object> batch = new ArrayDeque<>(exchanges);
        try {
            processBatch(batch);
        } finally {
            // the batch is processed in order: what is left in the queue was never reached
            int reached = exchanges.size() - batch.size();
            Snapshot<T> next = now;
            for (int i = 0; i < changes.size(); i++) {
                Exchange exchange = i < exchanges.size() ? exchanges.get(i) : null;
                boolean taken = i < reached && !exchange.isFailed() && !exchange.isRollbackOnly();
                if (!taken) {
                    next = next.without(changes.get(i), feed::id);
                }
                if (exchange != null) {
                    releaseExchange(exchange, false);
                }
            }
            advance(seen, next);
        }
        return exchanges.size() - batch.size();
    }

    /** Processes the exchanges one after the other, in order, leaving in the queue those it did not get to. */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int index = 0;
        while (!exchanges.isEmpty() && isBatchAllowed()) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Processing a change failed; it is emitted again at the next poll",
                        exchange, exchange.getException());
            }
            index++;
        }
        pendingExchanges = 0;
        return index;
    }

    private List<Change<T>> changesSince(Snapshot<T> seen, Snapshot<T> now) {
        return SnapshotDiff.changes(seen, now, settings.options().isEmitExisting(), feed::id, feed.order());
    }

    private Exchange exchangeOf(Change<T> change) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getIn();
        message.setBody(change.current());
        message.setHeader(CamConstants.CHANGE_TYPE, change.type().name());
        feed.describe(message, change.current());
        if (change.type() == ChangeType.UPDATED) {
            message.setHeader(CamConstants.PREVIOUS, change.before());
        }
        return exchange;
    }

    private Snapshot<T> load() {
        String state;
        try {
            state = store.load();
        } catch (Exception e) {
            forgetFailureDetails();
            throw new RuntimeCamelException("Cannot read the consumer state from the " + store + ": " + e.getMessage(), e);
        }
        if (state == null || state.isBlank()) {
            LOG.info("{}: nothing stored yet in the {}; the first poll {}", name(), store,
                    settings.options().isEmitExisting() ? "emits every entry as CREATED" : "takes the baseline silently");
            return Snapshot.empty();
        }
        try {
            Snapshot<T> stored = codec.decode(stateKey, state);
            LOG.info("{}: continuing from the {} ({})", name(), store, stored);
            return stored;
        } catch (IllegalArgumentException e) {
            forgetFailureDetails();
            throw new RuntimeCamelException("The " + store + " " + e.getMessage()
                    + ". Fix it, or delete it to start afresh (the first poll then follows emitExisting).", e);
        }
    }

    /**
     * Before anything is fetched or emitted: has another node moved the shared baseline on? Then this
     * node is (or was) not the cluster's one consumer, and what it holds in memory is stale.
     */
    private void checkCurrent() {
        try {
            store.checkCurrent();
        } catch (StaleStateException e) {
            staleBaseline();
            throw e;
        } catch (Exception e) {
            forgetFailureDetails();
            throw new RuntimeCamelException("Cannot check the consumer state in the " + store + ": " + e.getMessage(), e);
        }
    }

    /** Drops what this node holds: the next poll reads the baseline another node stored. */
    private void staleBaseline() {
        forgetFailureDetails();
        baseline = null;
        unsaved = false;
    }

    private void advance(Snapshot<T> seen, Snapshot<T> next) {
        baseline = next;
        if (!unsaved && next.equals(seen)) {
            return;
        }
        unsaved = true;
        try {
            store.save(codec.encode(stateKey, next));
        } catch (StaleStateException e) {
            staleBaseline();
            throw e;
        } catch (Exception e) {
            forgetFailureDetails();
            throw new RuntimeCamelException("Cannot save the consumer state to the " + store + " (the changes "
                    + "already emitted are kept in memory and saved at the next poll): " + e.getMessage(), e);
        }
        unsaved = false;
    }

    private Snapshot<T> fetch() throws Exception {
        CompletableFuture<Map<String, List<T>>> answer = feed.fetch(settings.client().get(), settings.options(),
                settings.clock().get());
        long timeout = fetchTimeoutMillis(settings.options());
        try {
            return Snapshot.of(answer.get(timeout, TimeUnit.MILLISECONDS), feed::id);
        } catch (ExecutionException e) {
            throw withHealthDetails(e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw withHealthDetails(new CamTimeoutException(settings.operation(),
                    "no answer within " + timeout + " ms", e));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /**
     * The longest a poll waits for its fetches: what the client's own timeouts and retries can take
     * at most. A slow CAM fails the call earlier with a CamTimeoutException; this bound only trips
     * if an answer is lost on the way.
     */
    static long fetchTimeoutMillis(CamConfiguration options) {
        long attempts = options.getReadRetries() + 1L;
        long perAttempt = options.getConnectionRequestTimeout() + options.getConnectTimeout() + options.getResponseTimeout();
        long longestWait = Math.max(options.getMaxRetryAfter(),
                Backoff.before(options.getReadRetries(), Duration.ofMillis(options.getRetryBackoff())).toMillis());
        return attempts * perAttempt + options.getReadRetries() * longestWait;
    }

    /**
     * Puts the HTTP status or CAM error code where the consumer's health check shows it, under the
     * keys the producer check uses too, replacing those of an earlier failure; returns the failure to
     * throw.
     */
    private Exception withHealthDetails(Throwable error) {
        Throwable failure = error;
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        forgetFailureDetails();
        if (failure instanceof CamHttpException http) {
            addLastErrorDetail(AbstractHealthCheck.SERVICE_STATUS_CODE, http.getStatusCode());
        } else if (failure instanceof CamApiException api && api.getErrorCode() != null) {
            addLastErrorDetail(AbstractHealthCheck.SERVICE_ERROR_CODE, api.getErrorCode());
        }
        if (failure instanceof Exception exception) {
            return exception;
        }
        return new CamException(settings.operation(), "unexpected failure: " + failure, failure);
    }

    /** Drops the details an earlier failure left, which would misdescribe this one. */
    private void forgetFailureDetails() {
        Map<String, Object> details = getLastErrorDetails();
        if (details != null) {
            details.remove(AbstractHealthCheck.SERVICE_STATUS_CODE);
            details.remove(AbstractHealthCheck.SERVICE_ERROR_CODE);
        }
    }

    /** How many entries the baseline holds: what the next poll compares CAM's answer with (0 before the first poll). */
    public int getBaselineSize() {
        Snapshot<T> current = baseline;
        return current == null ? 0 : current.size();
    }

    /** When the last poll started and how it ended, or null before the first. */
    public PollOutcome getLastPoll() {
        return lastPoll;
    }

    /** When a poll started and how it ended: the changes it emitted or the failure (whose message holds no secret). */
    public record PollOutcome(Instant at, String outcome) {
    }

    /** The key the baseline is stored under. */
    public String getStateKey() {
        return stateKey;
    }

    /** For logs: the route, when Camel told us (master: does not), and the state key. */
    private String name() {
        return (getRouteId() != null ? "Route " + getRouteId() : "Consumer") + " (" + stateKey + ")";
    }
}
