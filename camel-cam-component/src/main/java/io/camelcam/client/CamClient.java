package io.camelcam.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import io.camelcam.client.internal.Json;
import io.camelcam.client.internal.http.HttpResult;
import io.camelcam.client.internal.http.ResponseBytes;
import io.camelcam.client.internal.http.TransportFailures;
import io.camelcam.client.model.CamError;
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
import io.camelcam.client.operation.JsonCall;
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
    private static final int EXCERPT_CHARS = 300;

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
        try {
            http = call instanceof StreamCall
                    ? transport.stream(call.operation(), uri, apiToken, (RequestBody.Form) call.body(), responseTimeout,
                            maxResponseSize)
                    : transport.exchange(uri, apiToken, call.body(), responseTimeout, maxResponseSize);
        } catch (RuntimeException e) {
            // e.g. the transport was closed: nothing was sent
            outcome.completeExceptionally(new CamConnectException(call.operation(), "cannot send: " + e.getMessage(), e));
            return outcome;
        }
        http.whenComplete((response, error) -> {
            try {
                if (error != null) {
                    throw TransportFailures.map(call.operation(), error);
                }
                outcome.complete(interpret(call, response));
            } catch (CamException e) {
                outcome.completeExceptionally(e);
            } catch (RuntimeException e) {
                outcome.completeExceptionally(new CamException(call.operation(), "unexpected failure: " + e, e));
            }
        });
        return outcome;
    }

    private <T> T interpret(CamCall<T> call, HttpResult response) {
        if (response instanceof HttpResult.Streamed streamed) {
            String fileName = fileName(streamed.contentDisposition(), ((ExportUsers) call).path());
            return ((StreamCall<T>) call).decode(new CsvDownload(fileName, streamed.body()));
        }
        HttpResult.Buffered buffered = (HttpResult.Buffered) response;
        if (buffered.status() != 200) {
            throw new CamHttpException(call.operation(), buffered.status(), buffered.reason(),
                    retryAfter(buffered.retryAfter()), excerpt(buffered.body()));
        }
        if (call instanceof JsonCall<T> jsonCall && !jsonCall.readsAnswer()) {
            checkCamStatus(call.operation(), scanStatus(call.operation(), buffered.body()));
            return decode(jsonCall, null);
        }
        JsonNode root = parse(call.operation(), buffered.body());
        checkCamStatus(call.operation(), root);
        if (call instanceof JsonCall<T> jsonCall) {
            return decode(jsonCall, root);
        }
        throw new CamResponseException(call.operation(), "expected CSV but CAM answered JSON: " + excerpt(buffered.body()), null);
    }

    private static <T> T decode(JsonCall<T> jsonCall, JsonNode root) {
        try {
            return jsonCall.decode(root);
        } catch (Exception e) {
            throw new CamResponseException(jsonCall.operation(), "unexpected answer: " + e.getMessage(), e);
        }
    }

    /**
     * Reads only the top-level {@code status} and {@code errors} of an answer, skipping everything
     * else, for calls that need nothing more; as strict as {@link #parse} about malformed JSON. Saves
     * building a tree per message.
     */
    private static JsonNode scanStatus(String operation, ResponseBytes body) {
        ObjectNode found = Json.MAPPER.createObjectNode();
        try (JsonParser json = parser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new CamResponseException(operation, "answer is not a JSON object: " + excerpt(body), null);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                if ("status".equals(name) && json.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    found.put(name, json.getIntValue()); // the common case, without a deserializer
                } else if ("status".equals(name) || "errors".equals(name)) {
                    found.set(name, json.readValueAsTree());
                } else {
                    json.skipChildren();
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT) {
                throw new CamResponseException(operation, "malformed JSON answer: " + excerpt(body), null);
            }
            return found;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CamResponseException(operation, "malformed or truncated JSON answer ("
                    + body.length() + " bytes): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CamResponseException(operation, "unreadable answer: " + e.getMessage(), e);
        }
    }

    /** A parser over the body: straight over its array in the usual case of a small answer. */
    private static JsonParser parser(ResponseBytes body) throws IOException {
        byte[] array = body.singleArray();
        return array != null ? Json.MAPPER.createParser(array) : Json.MAPPER.createParser(body.stream());
    }

    private static JsonNode parse(String operation, ResponseBytes body) {
        try (JsonParser json = parser(body)) {
            JsonNode root = Json.MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new CamResponseException(operation, "answer is not a JSON object: " + excerpt(body), null);
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CamResponseException(operation, "malformed or truncated JSON answer ("
                    + body.length() + " bytes): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CamResponseException(operation, "unreadable answer: " + e.getMessage(), e);
        }
    }

    private static void checkCamStatus(String operation, JsonNode root) {
        JsonNode status = root.get("status");
        if (status == null || status.isNull()) {
            return; // assumed: no status means success
        }
        if (!status.canConvertToInt()) {
            throw new CamResponseException(operation, "'status' is not a number: " + status, null);
        }
        int code = status.asInt();
        if (code == AssumedContract.STATUS_OK) {
            return;
        }
        if (code == AssumedContract.STATUS_ERROR) {
            JsonNode errors = root.get("errors");
            List<CamError> list = List.of();
            if (errors != null && errors.isArray()) {
                try {
                    list = List.of(Json.MAPPER.treeToValue(errors, CamError[].class));
                } catch (IOException | NullPointerException e) {
                    throw new CamResponseException(operation, "status 520 with unreadable errors: " + errors, e);
                }
            }
            throw new CamApiException(operation, list);
        }
        throw new CamResponseException(operation, "unknown status " + code + " in the answer", null);
    }

    private static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String excerpt(ResponseBytes body) {
        String text = new String(body.start(EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "..." : text;
    }

    private static String fileName(String contentDisposition, String requested) {
        if (contentDisposition != null) {
            for (String part : contentDisposition.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) {
                    String name = p.substring("filename=".length()).replace("\"", "").trim();
                    if (!name.isEmpty()) {
                        return name;
                    }
                }
            }
        }
        return requested;
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
            this.serverUri = parseServerUrl(url);
            return this;
        }

        /** The API token from CAM's administration screen; sent only in the x-cam-apiToken header. */
        public Builder apiToken(String token) {
            this.apiToken = checkToken(token);
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

        /** A server on this machine (the sandbox, an SSH tunnel) is reached without the token leaving it. */
        private static boolean isLoopback(String host) {
            return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                    || host.equals("[::1]") || host.equals("::1"));
        }

        public CamClient build() {
            if (serverUri == null) {
                throw new CamValidationException(null, "serverUrl", "is missing");
            }
            if (apiToken == null) {
                throw new CamValidationException(null, "apiToken", "is missing");
            }
            if (warnIfPlainHttp && "http".equals(serverUri.getScheme()) && !isLoopback(serverUri.getHost())) {
                LOG.warn("CAM server URL {} is plain HTTP: the API token travels unencrypted", serverUri);
            }
            return new CamClient(this);
        }

        /**
         * Checks a server URL: http(s), a host, nothing that could split a request line. Messages
         * never repeat the URL: one written with user info would show its password.
         */
        public static URI parseServerUrl(String url) {
            if (url == null || url.isBlank()) {
                throw new CamValidationException(null, "serverUrl", "is missing");
            }
            if (!url.equals(url.trim()) || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new CamValidationException(null, "serverUrl", "must not contain spaces or control characters such as CR/LF");
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new CamValidationException(null, "serverUrl", "is not a URL: " + e.getReason() + " at index " + e.getIndex());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new CamValidationException(null, "serverUrl", "must start with http:// or https://, not '" + scheme + ":'");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new CamValidationException(null, "serverUrl", "has no host");
            }
            if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new CamValidationException(null, "serverUrl", "must not carry a query, fragment or user info");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            return URI.create(scheme + "://" + uri.getRawAuthority() + path);
        }

        /** Checks a token without ever putting it into the message. */
        public static String checkToken(String token) {
            return checkToken(token, "apiToken");
        }

        /** As {@link #checkToken(String)}, naming the option the token came from. */
        public static String checkToken(String token, String option) {
            if (token == null || token.isBlank()) {
                throw new CamValidationException(null, option, "is missing");
            }
            if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c > 126)) {
                throw new CamValidationException(null, option,
                        "must be printable ASCII without spaces or control characters such as CR/LF (value not shown)");
            }
            return token;
        }
    }
}
