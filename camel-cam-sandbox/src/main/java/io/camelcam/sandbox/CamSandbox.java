package io.camelcam.sandbox;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.drift.AnswerDrifter;
import io.camelcam.sandbox.internal.fault.FaultEngine;
import io.camelcam.sandbox.internal.http.AnswerDelay;
import io.camelcam.sandbox.internal.http.CamDispatcher;
import io.camelcam.sandbox.internal.http.SandboxEndpoint;
import io.camelcam.sandbox.internal.http.Tokens;
import io.camelcam.sandbox.internal.inspect.InspectionHandler;
import io.camelcam.sandbox.internal.inspect.QuickCallPageHandler;
import io.camelcam.sandbox.internal.ops.Operations;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * A stateful local CAM server speaking the CAM wire contract, for tests, demos and benchmarks.
 * <pre>{@code
 * try (CamSandbox sandbox = CamSandbox.builder().start()) {
 *     // POST sandbox.url() + "/sendMessage" with header x-cam-apiToken: sandbox.userToken()
 *     assertThat(sandbox.messages()).hasSize(1);
 * }
 * }</pre>
 * State survives {@link #stop()} / {@link #start()} (same port); {@link #reset()} returns to the seed.
 * All methods are thread-safe.
 */
public final class CamSandbox implements AutoCloseable {

    public static final String DEFAULT_USER_TOKEN = "sandbox-user-token";
    public static final String DEFAULT_ADMIN_TOKEN = "sandbox-admin-token";

    private static final System.Logger LOG = System.getLogger(CamSandbox.class.getName());
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes the headers and the body of a response as two packets; without TCP_NODELAY,
        // Nagle's algorithm holds the second until the client's delayed ACK, some 40 ms per keep-alive request.
        // The property is read once, when the JDK server's configuration first loads, and is JVM-wide;
        // an explicit setting is respected.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final String userToken;
    private final String adminToken;
    private final SandboxState state;
    private final FaultEngine faultEngine;
    private final SandboxFaults faults;
    private final AnswerDrifter drifter;
    private final SandboxDrift drift;
    private final SandboxEndpoint endpoint;
    private final AnswerDelay answerDelay;

    private CamSandbox(Builder b) {
        this.userToken = b.userToken;
        this.adminToken = b.adminToken;
        this.state = new SandboxState(b.clock, b.maxRetainedMessages, b.syntheticUsers);
        List<OperationHandler> operations = Operations.all(state, this::url);
        this.faultEngine = new FaultEngine(operations.stream().map(OperationHandler::name).collect(Collectors.toSet()));
        this.faults = new SandboxFaults(faultEngine);
        this.drifter = new AnswerDrifter(operations.stream().map(OperationHandler::name).collect(Collectors.toSet()));
        this.drift = new SandboxDrift(drifter);
        this.answerDelay = new AnswerDelay(b.latency);
        this.endpoint = new SandboxEndpoint(b.bindAddress, b.port, b.threads, b.https, Map.of(
                "/", new CamDispatcher(operations, new Tokens(userToken, adminToken), faultEngine, drifter,
                        state.requests(), state.clock(), answerDelay),
                "/_sandbox", new InspectionHandler(state, faultEngine, drifter, this::reset),
                "/quick/", new QuickCallPageHandler(state)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening; after {@link #stop()} it listens again on the same port with the state kept.
     *
     * @throws UncheckedIOException when the port cannot be bound or the certificate cannot be made
     */
    public synchronized CamSandbox start() {
        endpoint.start();
        LOG.log(Level.DEBUG, "CAM sandbox listening on {0}", url());
        return this;
    }

    /** Closes the listener and all connections at once; the state is kept. */
    public synchronized void stop() {
        if (endpoint.stop()) {
            LOG.log(Level.DEBUG, "CAM sandbox on port {0} stopped", endpoint.port());
        }
    }

    /** {@link #stop()} then {@link #start()}, on the same port. */
    public synchronized void restart() {
        stop();
        start();
    }

    public boolean isRunning() {
        return endpoint.isRunning();
    }

    /** Stops for good and deletes the generated certificate files. */
    @Override
    public synchronized void close() {
        stop();
        endpoint.close();
        answerDelay.close();
    }

    /** E.g. {@code http://127.0.0.1:43127}, or {@code https://localhost:43127} (the name the certificate carries). */
    public String url() {
        return endpoint.url();
    }

    /** @throws IllegalStateException when a free port was asked for and the sandbox never started */
    public int port() {
        return endpoint.port();
    }

    public String userToken() {
        return userToken;
    }

    public String adminToken() {
        return adminToken;
    }

    /** PKCS12 trust store holding only the sandbox's certificate; HTTPS only. Password: {@link #trustStorePassword()}. */
    public Path trustStorePath() {
        return endpoint.certificate().trustStorePath();
    }

    public String trustStorePassword() {
        return endpoint.certificate().password();
    }

    /** The sandbox's certificate in PEM, e.g. for {@code curl --cacert}; HTTPS only. */
    public Path certificatePath() {
        return endpoint.certificate().certificatePath();
    }

    /** An SSL context trusting the sandbox's certificate, for test clients; HTTPS only. */
    public SSLContext clientSslContext() {
        return endpoint.certificate().clientContext();
    }

    /** Back to the seed: messages, request log, faults, drift and quick calls cleared; users, rooms, reservations re-seeded. */
    public void reset() {
        state.reset();
        faultEngine.clear();
        drifter.clear();
    }

    /** Retained messages in arrival order (at most {@code maxRetainedMessages}, the oldest dropped first). */
    public List<ReceivedMessage> messages() {
        return state.messages().all();
    }

    /** Retained messages to {@code messenger}, or to a room given by name or id. */
    public List<ReceivedMessage> messagesIn(String panelName) {
        return state.messagesIn(panelName);
    }

    /** Messages received since the last reset, including those no longer retained. */
    public long messageCount() {
        return state.messages().total();
    }

    /** Requests to the nine operations, in arrival order (the last {@value SandboxLimits#REQUEST_LOG_CAPACITY}). */
    public List<RecordedRequest> requests() {
        return state.requests().all();
    }

    public List<SandboxChatRoom> chatRooms() {
        return state.chatRooms().all();
    }

    /**
     * Creates a public room without members.
     *
     * @throws IllegalArgumentException when the name is blank, taken or {@code messenger}
     */
    public SandboxChatRoom createChatRoom(String name) {
        return state.chatRooms().create(Objects.requireNonNull(name, "name"));
    }

    /** In creation order. */
    public List<SandboxUser> users() {
        return state.users().all();
    }

    /**
     * Creates or replaces the user with that e-mail; a {@code null} id is derived from the e-mail and a
     * {@code null} role means {@code user}.
     *
     * @return the user as stored
     * @throws IllegalArgumentException for an invalid e-mail or role
     */
    public SandboxUser putUser(SandboxUser user) {
        return state.users().put(user);
    }

    /** The conference-room master list, in list order. */
    public List<SandboxConferenceRoom> conferenceRooms() {
        return state.conferenceRooms().all();
    }

    /**
     * Adds a conference room to the master list, or replaces the one with the same id where it stands.
     * Reservations are still generated for the seeded rooms only.
     */
    public SandboxConferenceRoom putConferenceRoom(SandboxConferenceRoom room) {
        return state.conferenceRooms().put(room);
    }

    /** Removes a conference room from the master list; its reservations stay. */
    public boolean removeConferenceRoom(String id) {
        return state.conferenceRooms().remove(id);
    }

    /** The month's reservations, sorted by start then id (generated the same way for every run until changed). */
    public List<SandboxReservation> reservations(YearMonth month) {
        return state.reservations().month(month);
    }

    /**
     * Creates or replaces (by id) a reservation in the month of its start; {@code updatedAt} becomes the
     * clock's now, a {@code null} id is generated, a {@code null} room name is looked up.
     */
    public SandboxReservation putReservation(SandboxReservation reservation) {
        return state.reservations().put(reservation);
    }

    public boolean cancelReservation(String id) {
        return state.reservations().cancel(id);
    }

    public List<SandboxQuickCall> quickCalls() {
        return state.quickCalls().all();
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** Answers that depart from the assumed wire contract, until cleared. */
    public SandboxDrift drift() {
        return drift;
    }

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "CamSandbox[" + (endpoint.hasPort() ? url() : "not started") + (isRunning() ? "" : ", stopped") + "]";
    }

    /** Options of a sandbox; {@link #build()} may be called repeatedly, each time for a new sandbox. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private String userToken = DEFAULT_USER_TOKEN;
        private String adminToken = DEFAULT_ADMIN_TOKEN;
        private boolean https;
        private Clock clock = Clock.systemUTC();
        private int threads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
        private int maxRetainedMessages = SandboxLimits.DEFAULT_MAX_RETAINED_MESSAGES;
        private int syntheticUsers;
        private Duration latency = Duration.ZERO;

        private Builder() {
        }

        /** 0 (the default) picks a free port at the first start. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** Default {@code 127.0.0.1}; {@code 0.0.0.0} to be reachable from other machines. */
        public Builder bindAddress(String host) {
            this.bindAddress = requireNonBlank(host, "bind address");
            return this;
        }

        public Builder userToken(String token) {
            this.userToken = requireNonBlank(token, "user token");
            return this;
        }

        public Builder adminToken(String token) {
            this.adminToken = requireNonBlank(token, "admin token");
            return this;
        }

        /** Serve HTTPS with a self-signed certificate for localhost and 127.0.0.1, made at start. */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /** "Now" for quick-call expiry, message and request times and reservation updates. Default: system UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Worker threads; default twice the cores, at least 8. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** How many received messages to keep for inspection (default 200,000); the count is always exact. */
        public Builder maxRetainedMessages(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRetainedMessages must be at least 1, not " + max);
            }
            this.maxRetainedMessages = max;
            return this;
        }

        /**
         * Adds {@code n} generated users ({@code user0000001@synthetic.example}, ..., seven digits at least)
         * after the seeded ones, e.g. for export benchmarks. They are generated when looked up or exported,
         * not held in memory, so ten million cost no heap until some are changed.
         */
        public Builder syntheticUsers(int n) {
            if (n < 0 || n > 99_999_999) {
                throw new IllegalArgumentException("syntheticUsers must be within 0..99999999, not " + n);
            }
            this.syntheticUsers = n;
            return this;
        }

        /**
         * How long every CAM operation's answer is held back (default none), like a server across a network:
         * the request is processed when it arrives, its answer is written after the latency. Waiting answers
         * hold no thread (one timer thread per sandbox), so thousands can be in flight.
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder latency(Duration latency) {
            Objects.requireNonNull(latency, "latency");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative, not " + latency.toMillis() + " ms");
            }
            this.latency = latency;
            return this;
        }

        /** A new sandbox, not started. */
        public CamSandbox build() {
            if (userToken.equals(adminToken)) {
                throw new IllegalArgumentException("the user and admin tokens must differ");
            }
            return new CamSandbox(this);
        }

        /** A new sandbox, started. */
        public CamSandbox start() {
            return build().start();
        }

        private static String requireNonBlank(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value;
        }
    }
}
