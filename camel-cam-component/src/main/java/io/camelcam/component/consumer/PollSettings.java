package io.camelcam.component.consumer;

import java.util.function.Supplier;

import org.apache.camel.spi.StateRepository;

import io.camelcam.client.CamClient;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.binding.ZonedClock;

/**
 * What a {@link CamChangeConsumer} takes from its endpoint: the operation's name, the options, and
 * the clock and client the endpoint makes when it starts (after the consumer is created, hence the
 * suppliers), and where the baseline lives when no state store is configured.
 *
 * @param localState the endpoint's memory: it outlives the consumer, which Camel creates anew whenever the route restarts
 */
public record PollSettings(String operation, CamConfiguration options, Supplier<ZonedClock> clock,
        Supplier<CamClient> client, StateRepository<String, String> localState) {
}
