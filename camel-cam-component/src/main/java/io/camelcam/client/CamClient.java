package io.camelcam.client;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.csv.CsvUpload;
import io.camelcam.client.csv.UsersCsv;
import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.internal.AnswerReader;
import io.camelcam.client.internal.DriftWarnings;
import io.camelcam.client.internal.http.HttpResult;
import io.camelcam.client.internal.http.TransportFailures;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.model.CamUser;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.client.model.QuickCall;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.client.model.UsersUpdateResult;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.CreateQuickCall;
import io.camelcam.client.operation.ExportUsers;
import io.camelcam.client.operation.GetConferenceRoomStatus;
import io.camelcam.client.operation.GetConferenceRooms;
import io.camelcam.client.operation.RequestBody;
import io.camelcam.client.operation.SendMessage;
import io.camelcam.client.operation.SendMessages;
import io.camelcam.client.operation.StreamCall;
import io.camelcam.client.operation.UpdateChatRoom;
import io.camelcam.client.operation.UpdateUsersCsv;

/**
 * A typed, non-blocking client for the CAM HTTP API, usable without Camel. One method per CAM
 * operation; each validates its input and throws {@link CamValidationException} before anything
 * is sent, then returns a future that completes on an HttpClient I/O thread (do not block in its
 * callbacks) with the typed result, or with a {@link CamException}:
 * {@link CamApiException} (status 520), {@link CamHttpException} (HTTP status not 200),
 * {@link CamResponseException} (unreadable answer), {@link CamTransportException} and its
 * {@link CamConnectException} / {@link CamTimeoutException}.
 *
 * <p>Thread-safe. Cheap to create over a shared {@link CamHttpTransport}.
 */
public final class CamClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CamClient.class);

    private final URI serverUri;
    private final String apiToken;
    private final CamHttpTransport transport;
    private final boolean ownsTransport;
    private final Duration responseTimeout;
    private final long maxResponseSize;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    /** {@code serverUri} resolved once per operation: URI resolution per message showed in profiles. */
    private final Map<String, URI> operationUris = new ConcurrentHashMap<>();
    /** Departures of CAM's answers from the assumed contract, each logged once per client. */
    private final DriftWarnings driftWarnings = new DriftWarnings();

    private CamClient(Builder b) {
        this.serverUri = b.serverUri;
        this.apiToken = b.apiToken;
        this.ownsTransport = b.transport == null;
        this.transport = b.transport != null ? b.transport : CamHttpTransport.builder().build();
        this.responseTimeout = b.responseTimeout;
        this.maxResponseSize = b.maxResponseSize;
        this.retryPolicy = b.retryPolicy;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- the nine operations -------------------------------------------------------------

    /** Sends one message to a room, or directly to users. */
    public CompletableFuture<Void> sendMessage(CamMessage message) {
        return execute(new SendMessage(message));
    }

    /** Sends up to 1,000 messages in one call, all or none (CAM validates them together). */
    public CompletableFuture<Void> sendMessages(List<CamMessage> messages) {
        return execute(new SendMessages(messages));
    }

    /** Creates a quick web-conference URL valid until {@code expiresAt}; the password may be null. */
    public CompletableFuture<QuickCall> createQuickCall(Instant expiresAt, String password) {
        return execute(new CreateQuickCall(expiresAt, password, clock));
    }

    /**
     * Streams every user as CSV (administrator token). The caller must read the stream to its
     * end or close it: until then it holds a pooled connection.
     */
    public CompletableFuture<CsvDownload> exportUsers(String path) {
        return execute(new ExportUsers(path));
    }

    /** Creates or updates users from a CSV file, validated before it is uploaded (administrator token). */
    public CompletableFuture<UsersUpdateResult> updateUsersCsv(Path csvFile) {
        return updateUsersCsv(UsersCsv.fromFile(csvFile, csvFile.getFileName().toString()));
    }

    /** Creates or updates users from CSV read from a stream (spooled and validated first). */
    public CompletableFuture<UsersUpdateResult> updateUsersCsv(InputStream csv) {
        return updateUsersCsv(UsersCsv.fromStream(csv, AssumedContract.USERS_CSV_DEFAULT_FILE_NAME));
    }

    /** Creates or updates these users. */
    public CompletableFuture<UsersUpdateResult> updateUsers(List<CamUser> users) {
        return updateUsersCsv(UsersCsv.fromUsers(users, AssumedContract.USERS_CSV_DEFAULT_FILE_NAME));
    }

    /** Uploads a CSV that {@link UsersCsv} has validated; a spooled copy is deleted afterwards. */
    public CompletableFuture<UsersUpdateResult> updateUsersCsv(CsvUpload csv) {
        return execute(new UpdateUsersCsv(csv));
    }

    /** Creates (no id) or updates a chat room; completes with the room as CAM stored it. */
    public CompletableFuture<ChatRoom> updateChatRoom(ChatRoom chatRoom) {
        return execute(new UpdateChatRoom(chatRoom));
    }

    /** The conference-room master list, by the manual's older operation name. */
    public CompletableFuture<List<ConferenceRoom>> getConferenceRooms() {
        return execute(new GetConferenceRooms(GetConferenceRooms.LEGACY));
    }

    /** The conference-room master list. */
    public CompletableFuture<List<ConferenceRoom>> getConferenceMaster() {
        return execute(new GetConferenceRooms(GetConferenceRooms.MASTER));
    }

    /** Conference-room reservations of a month or a day. */
    public CompletableFuture<List<RoomReservation>> getConferenceRoomStatus(ReservationPeriod period) {
        return execute(new GetConferenceRoomStatus(period));
    }

    // ---- execution -------------------------------------------------------------------------

    /** Runs any validated call, retrying as the {@link RetryPolicy} allows. */
    public <T> CompletableFuture<T> execute(CamCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        result.whenComplete((r, e) -> call.release());
        attempt(call, 1, result);
        return result;
    }

    private <T> void attempt(CamCall<T> call, int attempt, CompletableFuture<T> result) {
        long started = System.nanoTime();
        executeOnce(call).whenComplete((value, error) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (error == null) {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("CAM {} succeeded in {} ms (attempt {})", call.operation(), millis, attempt);
                }
                result.complete(value);
                return;
            }
            CamException failure = (CamException) error;
            Duration delay = retryPolicy.delayBeforeRetry(call.idempotent(), attempt, failure);
            if (delay == null || result.isDone()) {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("CAM {} failed in {} ms (attempt {}): {}", call.operation(), millis, attempt, failure.getMessage());
                }
                result.completeExceptionally(failure);
                return;
            }
            LOG.debug("CAM {} failed (attempt {}), retrying in {} ms: {}", call.operation(), attempt,
                    delay.toMillis(), failure.getMessage());
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> attempt(call, attempt + 1, result));
        });
    }

    private <T> CompletableFuture<T> executeOnce(CamCall<T> call) {
        URI uri = operationUris.computeIfAbsent(call.operation(), serverUri::resolve);
        CompletableFuture<T> outcome = new CompletableFuture<>();
        CompletableFuture<HttpResult> http;
        CallCounters counters = transport.counters();
        counters.called();
        try {
            http = call instanceof StreamCall
                    ? transport.stream(call.operation(), uri, apiToken, (RequestBody.Form) call.body(), responseTimeout,
                            maxResponseSize)
                    : transport.exchange(uri, apiToken, call.body(), responseTimeout, maxResponseSize);
        } catch (RuntimeException e) {
            // e.g. the transport was closed: nothing was sent
            CamConnectException failure = new CamConnectException(call.operation(), "cannot send: " + e.getMessage(), e);
            counters.failed(failure);
            outcome.completeExceptionally(failure);
            return outcome;
        }
        http.whenComplete((response, error) -> {
            try {
                if (error != null) {
                    throw TransportFailures.map(call.operation(), error);
                }
                outcome.complete(AnswerReader.read(call, response, driftWarnings));
            } catch (CamException e) {
                counters.failed(e);
                outcome.completeExceptionally(e);
            } catch (RuntimeException e) {
                CamException failure = new CamException(call.operation(), "unexpected failure: " + e, e);
                counters.failed(failure);
                outcome.completeExceptionally(failure);
            }
        });
        return outcome;
    }

    // ---- misc --------------------------------------------------------------------------------

    public URI getServerUri() {
        return serverUri;
    }

    public CamHttpTransport getTransport() {
        return transport;
    }

    public Clock getClock() {
        return clock;
    }

    /** Closes the transport if this client created it; a shared one is left to its owner. */
    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "CamClient[" + serverUri + ", apiToken=******]";
    }

    /** Where CAM is and how to talk to it. */
    public static final class Builder {
        private URI serverUri;
        private String apiToken;
        private CamHttpTransport transport;
        private Duration responseTimeout = Duration.ofSeconds(30);
        private long maxResponseSize = CamHttpTransport.DEFAULT_MAX_RESPONSE_SIZE;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private boolean warnIfPlainHttp = true;

        private Builder() {
        }

        /**
         * CAM's server URL, e.g. {@code https://cam.example.com} or {@code http://camserver:8080};
         * operations are appended as path segments.
         */
        public Builder serverUrl(String url) {
            this.serverUri = ServerUrl.parse(url);
            return this;
        }

        /** The API token from CAM's administration screen; sent only in the x-cam-apiToken header. */
        public Builder apiToken(String token) {
            this.apiToken = ApiToken.check(token, "apiToken");
            return this;
        }

        /** A transport shared with other clients; without one the client creates (and closes) its own. */
        public Builder transport(CamHttpTransport shared) {
            this.transport = shared;
            return this;
        }

        public Builder responseTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new CamValidationException(null, "responseTimeout", "must be positive");
            }
            this.responseTimeout = timeout;
            return this;
        }

        /**
         * The largest JSON answer read (default 16 MiB): a bigger one fails the call with a
         * {@link CamResponseException} before it can fill the heap. Streamed CSV bodies are not
         * bounded by this; they never hold more than {@link CamHttpTransport#STREAM_BUFFER_BYTES}.
         */
        public Builder maxResponseSize(long bytes) {
            if (bytes < 1024 || bytes > Integer.MAX_VALUE - 8) {
                throw new CamValidationException(null, "maxResponseSize", "must be within 1024.." + (Integer.MAX_VALUE - 8)
                        + " bytes, was " + bytes);
            }
            this.maxResponseSize = bytes;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /** The clock "now" is read from (quick-call expiry checks). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether {@link #build()} warns that an http:// server URL sends the token unencrypted (default
         * true). Off only for a client that shadows one which has already warned about the same server.
         */
        public Builder warnIfPlainHttp(boolean warn) {
            this.warnIfPlainHttp = warn;
            return this;
        }

        public CamClient build() {
            if (serverUri == null) {
                throw new CamValidationException(null, "serverUrl", "is missing");
            }
            if (apiToken == null) {
                throw new CamValidationException(null, "apiToken", "is missing");
            }
            if (warnIfPlainHttp && "http".equals(serverUri.getScheme()) && !ServerUrl.isLoopback(serverUri.getHost())) {
                LOG.warn("CAM server URL {} is plain HTTP: the API token travels unencrypted", serverUri);
            }
            return new CamClient(this);
        }
    }
}
