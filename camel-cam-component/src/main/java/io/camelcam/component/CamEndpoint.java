package io.camelcam.component;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

import io.camelcam.client.CamClient;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.api.CamCompleteOn;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;
import io.camelcam.component.binding.ZonedClock;
import io.camelcam.component.consumer.CamChangeConsumer;
import io.camelcam.component.consumer.ChangeFeed;
import io.camelcam.component.consumer.PollSettings;

// "Chat and Messenger" rather than the product's "Chat&Messenger": this text is both the javadoc, where a bare
// ampersand is malformed HTML, and the component's catalog description, where an entity would show as such
/**
 * Send chat messages, create quick web conferences, manage users and chat rooms, and read
 * conference-room schedules with CAM (Chat and Messenger).
 *
 * One endpoint calls one CAM operation, e.g. {@code cam:sendMessage?room=ops}; the operation's
 * binding reads the exchange and the typed client does the rest.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "cam", title = "Chat&Messenger (CAM)", syntax = "cam:operation",
             category = { Category.CHAT }, headersClass = CamConstants.class)
public class CamEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(description = "The CAM operation to call.")
    @Metadata(required = true)
    private CamOperation operation;

    @UriParam
    private CamConfiguration configuration;

    /**
     * A consumer's baseline when neither stateFile nor stateRepository is set. Kept here because it
     * must outlive the consumer, which Camel creates anew whenever the route restarts.
     */
    private final MemoryStateRepository localConsumerState = new MemoryStateRepository();
    private CamClient client;
    private CamClient adminClient;
    private ZonedClock zonedClock;
    private Executor callbackExecutor;

    public CamEndpoint(String uri, CamComponent component, CamOperation operation, CamConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public CamComponent getComponent() {
        return (CamComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new CamProducer(this);
    }

    /** A consumer polling the operation for changes; see {@link CamChangeConsumer}. */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ChangeFeed<?> feed = operation.changeFeed().orElseThrow(() -> new CamValidationException(null, "operation",
                "cam:" + operation + " cannot be consumed from; a consumer polls one of " + CamOperation.names(CamOperation::pollable)
                + " for changes"));
        CamChangeConsumer<?> consumer = new CamChangeConsumer<>(this, processor, feed, new PollSettings(operation.name(),
                configuration, this::getZonedClock, this::getClient, localConsumerState));
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        zonedClock = ClientOptions.zonedClock(configuration);
        operation.binding().checkOptions(configuration, zonedClock);
        // every option is checked before a shared transport is taken, so a bad URI opens nothing
        CamClient.Builder clientBuilder = ClientOptions.clientBuilder(configuration, zonedClock);
        client = clientBuilder.transport(getComponent().transports().acquire(configuration, getCamelContext())).build();
        if (configuration.getAdminApiToken() != null) {
            adminClient = clientBuilder.apiToken(configuration.getAdminApiToken()).build();
        }
        if (configuration.getCompleteOn() == null) {
            throw new CamValidationException(null, "completeOn", "completeOn must be callbackPool or ioThread, not null");
        }
        if (configuration.getCompleteOn() == CamCompleteOn.ioThread) {
            callbackExecutor = Runnable::run; // the thread that completes the answer's future: an I/O thread
            return;
        }
        Executor pool = getComponent().callbackExecutor();
        // if the pool is gone (shutdown) the answer is still handed back, on the I/O thread
        callbackExecutor = task -> {
            try {
                pool.execute(task);
            } catch (RejectedExecutionException e) {
                task.run();
            }
        };
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null) {
            client = null;
            adminClient = null;
            getComponent().transports().release(configuration);
        }
        super.doStop();
    }

    // ---- accessors ---------------------------------------------------------------------------

    public CamOperation getOperation() {
        return operation;
    }

    /** The CAM operation to call. */
    public void setOperation(CamOperation operation) {
        this.operation = operation;
    }

    public CamConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CamConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The client, once the endpoint has started. */
    public CamClient getClient() {
        return client;
    }

    /** The client for {@code op}: the administrator's token for CAM's user API when one is configured. */
    public CamClient getClient(CamOperation op) {
        return op.needsAdministrator() && adminClient != null ? adminClient : client;
    }

    /** The clock and zone current and next are read in, once the endpoint has started. */
    public ZonedClock getZonedClock() {
        return zonedClock;
    }

    /** Where a consumer keeps its baseline when no state store is configured: this endpoint's memory. */
    public StateRepository<String, String> getLocalConsumerState() {
        return localConsumerState;
    }

    Executor getCallbackExecutor() {
        return callbackExecutor;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getServerUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

}
