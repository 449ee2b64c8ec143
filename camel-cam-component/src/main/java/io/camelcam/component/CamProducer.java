package io.camelcam.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

import io.camelcam.client.operation.CamCall;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;
import io.camelcam.component.binding.OperationBinding;

/**
 * Truly asynchronous: the binding reads the exchange, the client sends without blocking, and the
 * exchange continues on the component's callback pool when CAM has answered. No Camel thread
 * waits for CAM. Bad input fails the exchange at once, before anything is sent. With batchSize, the
 * validated calls of a batchable operation go to a {@link SendMessageBatcher} instead of straight to CAM.
 *
 * <p>While started it holds a share of the readiness check of its server and token
 * ({@link CamProducerHealthCheck}), which Camel reports once producer checks are enabled.
 */
public class CamProducer extends DefaultAsyncProducer {

    private final CamEndpoint endpoint;
    private boolean healthCheckRegistered;
    /** Only for sendMessage with batchSize above 1; null again once stopped. */
    private volatile SendMessageBatcher batcher;
    private ScheduledExecutorService batchTimer;

    public CamProducer(CamEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // null when camel-health is not on the classpath: then nobody could ask for readiness anyway
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (repository != null) {
            endpoint.getComponent().readinessChecks().acquire(endpoint.getConfiguration(), repository);
            healthCheckRegistered = true;
        }
        CamConfiguration options = endpoint.getConfiguration();
        if (endpoint.getOperation().batchable() && options.getBatchSize() > 1) {
            batchTimer = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "CamBatchTimeout");
            batcher = new SendMessageBatcher(endpoint, options.getBatchSize(), options.getBatchTimeout(), batchTimer);
        }
    }

    @Override
    protected void doStop() throws Exception {
        SendMessageBatcher batching = batcher;
        if (batching != null) {
            // no message left behind: what is still collected is sent, and its answer awaited
            CamConfiguration options = endpoint.getConfiguration();
            batching.close(options.getBatchTimeout() + 2 * options.getResponseTimeout());
            batcher = null;
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(batchTimer);
        }
        if (healthCheckRegistered) {
            healthCheckRegistered = false;
            endpoint.getComponent().readinessChecks().release(endpoint.getConfiguration());
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (exchange.getException() != null) {
            // Camel hands the first processor of a route an exchange that already failed when stream
            // caching could not read its body: sending it would have CAM act on a request the route sees fail
            callback.done(true);
            return true;
        }
        OperationBinding<Object> binding;
        CamCall<Object> call;
        CompletableFuture<Object> answer;
        try {
            CamOperation operation = operation(exchange);
            binding = binding(operation);
            call = binding.prepare(exchange, endpoint.getConfiguration(), endpoint.getZonedClock());
            SendMessageBatcher batching = batcher;
            if (batching != null && operation.batchable()) {
                batching.add(call, exchange, callback);
                return false;
            }
            answer = endpoint.getClient(operation).execute(call);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        answer.whenCompleteAsync((result, error) -> {
            try {
                if (error != null) {
                    exchange.setException(error);
                } else {
                    binding.complete(exchange, endpoint.getConfiguration(), call, result);
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        }, endpoint.getCallbackExecutor());
        return false;
    }

    @SuppressWarnings("unchecked")
    private static OperationBinding<Object> binding(CamOperation operation) {
        return (OperationBinding<Object>) operation.binding();
    }

    /** The endpoint's operation, or the one the CamelCamOperation header asks for. */
    private CamOperation operation(Exchange exchange) {
        Object override = exchange.getMessage().getHeader(CamConstants.OPERATION);
        return override == null ? endpoint.getOperation()
                : CamOperation.fromName(override.toString(), "header " + CamConstants.OPERATION);
    }
}
