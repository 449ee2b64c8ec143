package io.camelcam.examples;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.ConnectionFactory;

/**
 * An ActiveMQ Artemis broker inside this JVM, reached through the in-VM connector (no port is
 * opened). The examples start one when no {@code jms.broker-url} is configured; tests start their
 * own to send messages through the JMS route:
 * <pre>{@code
 * try (EmbeddedBroker broker = EmbeddedBroker.builder().start()) {
 *     ConnectionFactory factory = broker.connectionFactory();
 * }
 * }</pre>
 * A message that the broker itself gives up on (rolled back {@code maxDeliveryAttempts} times)
 * goes to {@code deadLetterQueue} rather than being dropped, which is what Artemis does when no
 * dead-letter address is set.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** Every broker in the JVM needs its own in-VM server id. */
    private static int nextId;
    private static int running;

    private final EmbeddedActiveMQ server;
    private final ActiveMQConnectionFactory connectionFactory;
    private final String url;

    private EmbeddedBroker(Builder options) throws Exception {
        int id;
        synchronized (EmbeddedBroker.class) {
            id = nextId++;
        }
        url = "vm://" + id;
        AddressSettings everyAddress = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(options.deadLetterQueue))
                // a message whose time-to-live ran out is parked too, rather than silently dropped
                .setExpiryAddress(SimpleString.of(options.deadLetterQueue))
                .setMaxDeliveryAttempts(options.maxDeliveryAttempts)
                .setRedeliveryDelay(options.redeliveryDelay.toMillis())
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true);
        Configuration configuration = new ConfigurationImpl()
                .setName("camel-cam-examples-" + id)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", url)
                .addQueueConfiguration(QueueConfiguration.of(options.deadLetterQueue)
                        .setRoutingType(RoutingType.ANYCAST));
        if (options.dataDirectory == null) {
            configuration.setPersistenceEnabled(false);
            // nothing goes to disk: when memory is full, senders wait instead of the broker paging
            everyAddress.setAddressFullMessagePolicy(AddressFullMessagePolicy.BLOCK);
        } else {
            Path data = options.dataDirectory.toAbsolutePath();
            configuration.setPersistenceEnabled(true)
                    .setJournalDirectory(data.resolve("journal").toString())
                    .setBindingsDirectory(data.resolve("bindings").toString())
                    .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                    .setPagingDirectory(data.resolve("paging").toString());
        }
        configuration.addAddressSetting("#", everyAddress);
        server = new EmbeddedActiveMQ().setConfiguration(configuration);
        server.start();
        synchronized (EmbeddedBroker.class) {
            running++;
        }
        connectionFactory = newConnectionFactory(url, null, null);
    }

    /**
     * A factory whose client threads are its own: closing it ends them. With Artemis's shared
     * (global) pools, idle client threads would keep the JVM alive for a minute after the end.
     */
    public static ActiveMQConnectionFactory newConnectionFactory(String url, String username, String password) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, username, password);
        factory.setUseGlobalPools(false);
        return factory;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A connection factory to this broker; closed with it. */
    public ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    /** The in-VM URL, e.g. {@code vm://0}: usable only inside this JVM. */
    public String url() {
        return url;
    }

    /**
     * Closes the connection factory, stops the broker and, with the last broker of the JVM, ends
     * the in-VM connector's threads. Without all three, idle Artemis threads would keep the JVM
     * alive for about a minute after the application stopped.
     */
    @Override
    public void close() throws Exception {
        try {
            connectionFactory.close();
        } finally {
            try {
                server.stop();
            } finally {
                synchronized (EmbeddedBroker.class) {
                    if (--running == 0) {
                        InVMConnector.resetThreadPool();
                    }
                }
            }
        }
    }

    public static final class Builder {
        private Path dataDirectory;
        private String deadLetterQueue = "DLQ";
        private int maxDeliveryAttempts = 10;
        private Duration redeliveryDelay = Duration.ofSeconds(1);

        private Builder() {
        }

        /** Keep messages on disk there, so they survive a restart; default: in memory only. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /** Where the broker puts a message it gave up on; default {@code DLQ}. */
        public Builder deadLetterQueue(String queue) {
            this.deadLetterQueue = queue;
            return this;
        }

        /** Deliveries (first one included) before a rolled-back message goes to the dead-letter queue; default 10. */
        public Builder maxDeliveryAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxDeliveryAttempts must be at least 1, got " + attempts);
            }
            this.maxDeliveryAttempts = attempts;
            return this;
        }

        /** Wait before the broker delivers a rolled-back message again; default 1 s. */
        public Builder redeliveryDelay(Duration delay) {
            this.redeliveryDelay = delay;
            return this;
        }

        public EmbeddedBroker start() throws Exception {
            return new EmbeddedBroker(this);
        }
    }
}
