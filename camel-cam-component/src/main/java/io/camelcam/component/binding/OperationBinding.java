package io.camelcam.component.binding;

import org.apache.camel.Exchange;

import io.camelcam.client.operation.CamCall;
import io.camelcam.component.api.CamConfiguration;

/**
 * How one CAM operation meets a Camel exchange: which options, headers and body it reads, and
 * what it leaves on the exchange. Stateless; one instance per operation.
 *
 * @param <T> the operation's typed result
 */
public interface OperationBinding<T> {

    /**
     * Checks the endpoint's own options when it starts, so a misconfigured URI fails the route's
     * start-up instead of its first message. Headers are checked per message in {@link #prepare}.
     */
    void checkOptions(CamConfiguration options, ZonedClock time);

    /**
     * Reads the exchange into a validated call. Throws
     * {@link io.camelcam.client.error.CamValidationException} naming the option, header or body
     * field at fault; nothing has been sent then.
     */
    CamCall<T> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) throws Exception;

    /** Puts the result of {@code call} on the exchange. */
    void complete(Exchange exchange, CamConfiguration options, CamCall<T> call, T result) throws Exception;
}
