package io.camelcam.component;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.operation.CamCall;
import io.camelcam.component.binding.OperationBinding;

/**
 * Truly asynchronous: the binding reads the exchange, the client sends without blocking, and the
 * exchange continues on the component's callback pool when CAM has answered. No Camel thread
 * waits for CAM. Bad input fails the exchange at once, before anything is sent.
 */
public class CamProducer extends DefaultAsyncProducer {

    private final CamEndpoint endpoint;

    public CamProducer(CamEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        OperationBinding<Object> binding;
        CamCall<Object> call;
        CompletableFuture<Object> answer;
        try {
            binding = binding(exchange);
            call = binding.prepare(exchange, endpoint.getConfiguration(), endpoint.getBindingContext());
            answer = endpoint.getClient().execute(call);
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
    private OperationBinding<Object> binding(Exchange exchange) {
        Object override = exchange.getMessage().getHeader(CamConstants.OPERATION);
        if (override == null) {
            return (OperationBinding<Object>) endpoint.getOperation().binding();
        }
        String name = override.toString().trim();
        for (CamOperation op : CamOperation.values()) {
            if (op.name().equals(name)) {
                return (OperationBinding<Object>) op.binding();
            }
        }
        throw new CamValidationException(null, "header " + CamConstants.OPERATION,
                "'" + name + "' is not a CAM operation; use one of " + CamEndpoint.operationNames());
    }
}
