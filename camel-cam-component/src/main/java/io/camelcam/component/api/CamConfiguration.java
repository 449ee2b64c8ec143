package io.camelcam.component.api;

import java.time.Clock;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

import io.camelcam.client.contract.AssumedContract;

/**
 * The options of a {@code cam:} endpoint. Set on the component, they are the defaults of every
 * endpoint; set on an endpoint URI, they override those.
 */
@UriParams
public class CamConfiguration implements Cloneable {

    // ---- where CAM is -------------------------------------------------------------------------

    @UriParam(label = "common", description = "The CAM server URL, e.g. https://cam.example.com "
            + "(on-premise CAMServer without TLS: http://host:8080). Operations are appended as path segments.")
    @Metadata(required = true)
    private String serverUrl;

    @UriParam(label = "security", secret = true, description = "The API token from CAM's administration screen. "
            + "exportUsers and updateUsersCSV need an administrator's token (or adminApiToken). Sent only in the x-cam-apiToken header, "
            + "never logged.")
    @Metadata(required = true)
    private String apiToken;

    @UriParam(label = "security", secret = true, description = "An administrator's API token for exportUsers and "
            + "updateUsersCSV. Set on the component, one component serves both kinds of operation and no token is "
            + "ever written into a URI; without it, those operations use apiToken.")
    private String adminApiToken;

    // ---- messages -----------------------------------------------------------------------------

    @UriParam(label = "producer", description = "sendMessage, sendMessages: the chat room (its name) to send to. "
            + "Without a room the message is a direct message to users.")
    private String room;

    @UriParam(label = "producer", description = "sendMessage, sendMessages: comma-separated e-mail addresses: "
            + "the recipients of a direct message, or the users mentioned in a room.")
    private String users;

    @UriParam(label = "producer", defaultValue = "false", description = "sendMessage, sendMessages: send as a "
            + "sealed letter (CAM's isOpened flag).")
    private boolean sealed = AssumedContract.SEALED_DEFAULT;

    @UriParam(label = "producer,batching", description = "sendMessage: collect up to this many messages of "
            + "exchanges in flight and send them as one sendMessages call (at most 1000, CAM's limit per call). Each "
            + "exchange completes when CAM has answered for its batch. 0 or 1 sends one call per message.")
    private int batchSize;

    @UriParam(label = "producer,batching", defaultValue = "100ms", javaType = "java.time.Duration",
              description = "sendMessage with batchSize: how long the first message of a batch waits for more before "
              + "the batch is sent anyway.")
    private long batchTimeout = 100L;

    // ---- quick calls --------------------------------------------------------------------------

    @UriParam(label = "producer", defaultValue = "1h", javaType = "java.time.Duration",
              description = "createQuickCall: how long the quick call stays valid, counted from the moment it is created.")
    private long expiresIn = 3_600_000L;

    @UriParam(label = "producer", description = "createQuickCall: a fixed expiry as Unix time in milliseconds; "
            + "overrides expiresIn. Must be in the future.")
    private long expireTime;

    @UriParam(label = "producer,security", secret = true, description = "createQuickCall: the password of the quick "
            + "call. Never logged.")
    private String password;

    // ---- users ----------------------------------------------------------------------------------

    @UriParam(label = "producer", defaultValue = AssumedContract.EXPORT_DEFAULT_PATH,
              description = "exportUsers: the file name asked of CAM for the CSV.")
    private String path = AssumedContract.EXPORT_DEFAULT_PATH;

    @UriParam(label = "producer", defaultValue = "stream", description = "exportUsers: stream = the CSV as an "
            + "InputStream (streamed); list = a List of CamUser; iterator = an Iterator of CamUser read lazily.")
    private CamUsersOutputType outputType = CamUsersOutputType.stream;

    @UriParam(label = "producer", defaultValue = AssumedContract.USERS_CSV_DEFAULT_FILE_NAME,
              description = "updateUsersCSV: the file name sent with the CSV when the body is not a file.")
    private String fileName = AssumedContract.USERS_CSV_DEFAULT_FILE_NAME;

    // ---- schedules ------------------------------------------------------------------------------

    @UriParam(defaultValue = "current", description = "getConferenceRoomStatus: yyyyMM (a month), yyyyMMdd (a day), "
            + "current (this month) or next (next month), this month being read from the clock in timeZone.")
    private String month = "current";

    @UriParam(label = "advanced", description = "The time zone in which current and next are reckoned, e.g. "
            + "Asia/Tokyo. Default: the JVM's.")
    private String timeZone;

    @UriParam(label = "advanced", description = "The clock current, next and quick-call expiry are read from; "
            + "a fixed Clock makes tests independent of the date. Default: the system clock.")
    private Clock clock;

    // ---- consumer ---------------------------------------------------------------------------------

    @UriParam(label = "consumer", defaultValue = "1", description = "getConferenceRoomStatus consumer: how many "
            + "consecutive months to watch, starting with month (1 to 12). With month=current, 2 watches this month and "
            + "the next, so a reservation moved across the month boundary is one UPDATED.")
    private int months = 1;

    @UriParam(label = "consumer", defaultValue = "false", description = "Consumer: what the first poll does when no "
            + "baseline is stored, and what a poll does with a month entering the window: true emits every entry found "
            + "there as CREATED; false takes them silently as the baseline.")
    private boolean emitExisting;

    @UriParam(label = "consumer", description = "Consumer: a JSON file keeping what the consumer last saw, so a "
            + "restart neither emits everything again nor misses what changed meanwhile. On a shared path it is shared "
            + "by the nodes of a cluster (see master:). One file per consumer; written atomically (temporary file, "
            + "then move). Without stateFile or stateRepository the baseline lives in memory only.")
    private String stateFile;

    @UriParam(label = "consumer", description = "Consumer: a ZooKeeper ensemble keeping what the consumer last saw, "
            + "shared by the nodes of a cluster, as a connect string host:port[,host:port...][/chroot], e.g. "
            + "zk1:2181,zk2:2181,zk3:2181/myapp. The baseline is the node /camel-cam/state/<stateKey>, written with "
            + "compare-and-set on its version: a write by a node that is no longer the leader is refused "
            + "(StaleStateException). Needs curator-framework on the class path. Not together with stateFile or "
            + "stateRepository.")
    private String stateZooKeeper;

    @UriParam(label = "consumer,advanced", description = "Consumer: keeps what the consumer last saw in any Camel "
            + "StateRepository, under stateKey, e.g. one backed by a database all nodes share. It is read when the "
            + "consumer starts, so for a cluster it must read its store then, not a cache. Not together with stateFile.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced", description = "Consumer: the key of this consumer's state in "
            + "stateRepository, the name of its node under stateZooKeeper, also recorded in stateFile. Consumers sharing a repository need distinct keys. Default: "
            + "the operation and month, e.g. getConferenceRoomStatus:current, or getConferenceMaster.")
    private String stateKey;

    @UriParam(label = "consumer,advanced", defaultValue = "0", description = "Consumer: the most changes one poll "
            + "emits; the rest follow at the next poll (at once with greedy=true). 0 = no limit.")
    private int maxMessagesPerPoll;

    // ---- connection -----------------------------------------------------------------------------

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "How long to wait for a TCP (and TLS) connection to CAM.")
    private long connectTimeout = 10_000L;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "How long to wait for CAM's answer once the request is sent (inactivity on the socket). "
                      + "Also how long the reader of a streamed exportUsers body waits for its next byte.")
    private long responseTimeout = 30_000L;

    @UriParam(label = "advanced", defaultValue = "16777216", description = "The largest JSON answer read, in bytes "
            + "(default 16 MiB): a bigger one fails the exchange with a CamResponseException before it can fill the "
            + "heap. A streamed exportUsers CSV is not bounded by this: it is read from the socket as it is read, holding 8 KiB.")
    private long maxResponseSize = 16L * 1024 * 1024;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "How long a request waits for a free pooled connection when maxConnections are all busy.")
    private long connectionRequestTimeout = 30_000L;

    @UriParam(label = "advanced", defaultValue = "64", description = "The most connections open to CAM at once for "
            + "calls, which is also the most calls in flight. Shared by all endpoints with the same connection settings. "
            + "Streamed exportUsers bodies have up to 4 connections of their own besides.")
    private int maxConnections = 64;

    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for https:// servers.")
    private SSLContextParameters sslContextParameters;


    // ---- corporate networks: proxy and JVM settings ---------------------------------------------

    @UriParam(label = "proxy", description = "An HTTP proxy host to reach CAM through (plain HTTP is forwarded, "
            + "https:// servers are reached through CONNECT).")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port (1 to 65535). Default: 80.")
    private Integer proxyPort;

    @UriParam(label = "proxy", description = "The user name for the proxy's Basic authentication. Needs proxyHost.")
    private String proxyUsername;

    @UriParam(label = "proxy,security", secret = true, description = "The password for the proxy's Basic "
            + "authentication. Needs proxyUsername. Sent only to the proxy, never logged.")
    private String proxyPassword;

    @UriParam(label = "proxy", defaultValue = "false", description = "Also take the JVM's proxy system properties "
            + "(http.proxyHost, https.proxyHost, http.nonProxyHosts, ...) and, without sslContextParameters, its TLS "
            + "ones (javax.net.ssl.trustStore, ...). proxyHost, when set, wins.")
    private boolean useSystemProperties;

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public boolean isUseSystemProperties() {
        return useSystemProperties;
    }

    public void setUseSystemProperties(boolean useSystemProperties) {
        this.useSystemProperties = useSystemProperties;
    }

    // ---- retries ----------------------------------------------------------------------------------

    @UriParam(label = "advanced", defaultValue = "2", description = "Extra attempts for read operations "
            + "(getConferenceRooms, getConferenceMaster, getConferenceRoomStatus, exportUsers) after a transient "
            + "failure: no connection, response timeout, a connection that broke off (for exportUsers: before the CSV "
            + "began to arrive), HTTP 429/502/503/504. 0 disables.")
    private int readRetries = 2;

    @UriParam(label = "advanced", description = "Opt-in retry of write operations (sendMessage, sendMessages, "
            + "createQuickCall, updateUsersCSV, updateChatRoom) on answers by which CAM says it did not process the "
            + "request: a comma-separated subset of 429, 503 and connect (could not connect). Never on timeouts or "
            + "broken connections, where CAM may have processed the request.")
    private String retryOn;

    @UriParam(label = "advanced", defaultValue = "3", description = "The most extra attempts of a write operation "
            + "when retryOn applies.")
    private int writeRetries = 3;

    @UriParam(label = "advanced", defaultValue = "250ms", javaType = "java.time.Duration",
              description = "Wait before the first retry, doubled for each further one, unless Retry-After asks for more.")
    private long retryBackoff = 250L;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "The longest Retry-After honoured; a longer one fails the call at once.")
    private long maxRetryAfter = 30_000L;

    // ---- completion thread --------------------------------------------------------------------------

    @UriParam(label = "producer,advanced", defaultValue = "callbackPool", description = "The thread the exchange "
            + "continues on once CAM has answered: callbackPool = the component's CamCallback pool, where later route "
            + "steps may block; ioThread = HttpClient's I/O thread that read the answer (or the caller's, when the answer was there before the "
            + "producer returned), which saves a thread hand-over "
            + "per message but lets one blocking step after the cam: endpoint stall every connection of that I/O thread. "
            + "Only for routes that never block after the endpoint.")
    private CamCompleteOn completeOn = CamCompleteOn.callbackPool;

    public CamConfiguration copy() {
        try {
            return (CamConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getAdminApiToken() {
        return adminApiToken;
    }

    public void setAdminApiToken(String adminApiToken) {
        this.adminApiToken = adminApiToken;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getUsers() {
        return users;
    }

    public void setUsers(String users) {
        this.users = users;
    }

    public boolean isSealed() {
        return sealed;
    }

    public void setSealed(boolean sealed) {
        this.sealed = sealed;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getBatchTimeout() {
        return batchTimeout;
    }

    public void setBatchTimeout(long batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    public long getExpiresIn() {
        return expiresIn;
    }

    public void setExpiresIn(long expiresIn) {
        this.expiresIn = expiresIn;
    }

    public long getExpireTime() {
        return expireTime;
    }

    public void setExpireTime(long expireTime) {
        this.expireTime = expireTime;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public CamUsersOutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(CamUsersOutputType outputType) {
        this.outputType = outputType;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public boolean isEmitExisting() {
        return emitExisting;
    }

    public void setEmitExisting(boolean emitExisting) {
        this.emitExisting = emitExisting;
    }

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public String getStateZooKeeper() {
        return stateZooKeeper;
    }

    public void setStateZooKeeper(String stateZooKeeper) {
        this.stateZooKeeper = stateZooKeeper;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public int getReadRetries() {
        return readRetries;
    }

    public void setReadRetries(int readRetries) {
        this.readRetries = readRetries;
    }

    public String getRetryOn() {
        return retryOn;
    }

    public void setRetryOn(String retryOn) {
        this.retryOn = retryOn;
    }

    public int getWriteRetries() {
        return writeRetries;
    }

    public void setWriteRetries(int writeRetries) {
        this.writeRetries = writeRetries;
    }

    public long getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(long retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public CamCompleteOn getCompleteOn() {
        return completeOn;
    }

    public void setCompleteOn(CamCompleteOn completeOn) {
        this.completeOn = completeOn;
    }

    /** Options only; the token and password are never shown. */
    @Override
    public String toString() {
        return "CamConfiguration[serverUrl=" + serverUrl + ", apiToken=" + (apiToken == null ? "null" : "******")
                + ", room=" + room + ", users=" + users + ", month=" + month + "]";
    }
}
