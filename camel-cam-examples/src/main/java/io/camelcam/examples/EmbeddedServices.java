package io.camelcam.examples;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.jms.ConnectionFactory;

import io.camelcam.sandbox.CamSandbox;

/**
 * Starts what the examples talk to, unless the configuration points elsewhere: the CAM sandbox
 * when {@code cam.server-url} is empty, an Artemis broker in this JVM when {@code jms.broker-url}
 * is empty. It runs before camel-main configures the components, so the sandbox's URL and tokens
 * reach {@code camel.component.cam.*} through the same placeholders a real server's would.
 */
public final class EmbeddedServices extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);

    private CamSandbox sandbox;
    private EmbeddedBroker broker;
    private EmbeddedMailServer mailServer;
    private ActiveMQConnectionFactory externalBroker;

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        try {
            startCamSandboxUnlessConfigured(properties);
            startMailServerUnlessConfigured(properties);
            main.getCamelContext().getRegistry().bind("connectionFactory", ConnectionFactory.class,
                    brokerConnectionFactory(properties));
        } catch (RuntimeException e) {
            afterStop(main);
            throw e;
        } catch (Exception e) {
            afterStop(main);
            throw new IllegalStateException("cannot start the embedded services: " + e.getMessage(), e);
        }
    }

    private void startCamSandboxUnlessConfigured(PropertiesComponent properties) {
        if (value(properties, "cam.server-url").isPresent()) {
            if (value(properties, "cam.api-token").isEmpty()) {
                throw new IllegalStateException("cam.server-url is set but cam.api-token is not: set both, "
                        + "e.g. as the environment variables CAM_SERVER_URL and CAM_API_TOKEN");
            }
            return;
        }
        sandbox = CamSandbox.builder()
                .port(Integer.parseInt(value(properties, "sandbox.port").orElse("0")))
                .start();
        properties.addOverrideProperty("cam.server-url", sandbox.url());
        properties.addOverrideProperty("cam.api-token", sandbox.userToken());
        properties.addOverrideProperty("cam.admin-token", sandbox.adminToken());
        // the demo books a meeting and wants to show it within seconds, not at the next minute
        properties.addOverrideProperty("schedule-sync.delay", "3s");
        LOG.info("No cam.server-url configured: started the CAM sandbox at {}; watch the messages arrive at {}/_sandbox/",
                sandbox.url(), sandbox.url());
    }

    /**
     * With no {@code mail.host}: in the demo (the sandbox runs) a mail server in this JVM; against a
     * real CAM server mail to chat is off, as there is no mailbox to read.
     */
    private void startMailServerUnlessConfigured(PropertiesComponent properties) {
        if (value(properties, "mail.host").isPresent()) {
            return;
        }
        if (sandbox == null) {
            properties.addOverrideProperty("mail-to-chat.enabled", "false");
            LOG.info("No mail.host configured: mail to chat is off");
            return;
        }
        mailServer = EmbeddedMailServer.start(value(properties, "mail.embedded-address").orElse("chat@example.com"),
                value(properties, "mail.embedded-user").orElse("chat"));
        properties.addOverrideProperty("mail.host", mailServer.host());
        properties.addOverrideProperty("mail.username", mailServer.user());
        properties.addOverrideProperty("mail.password", mailServer.password());
        properties.addOverrideProperty("mail-to-chat.protocol", "imap");
        properties.addOverrideProperty("mail-to-chat.port", String.valueOf(mailServer.imapPort()));
        properties.addOverrideProperty("mail.smtp-protocol", "smtp");
        properties.addOverrideProperty("mail.smtp-port", String.valueOf(mailServer.smtpPort()));
        // the demo wants to show its mail within seconds
        properties.addOverrideProperty("mail-to-chat.delay", "2s");
        LOG.info("No mail.host configured: started a mail server in this JVM: {}", mailServer);
    }

    private ConnectionFactory brokerConnectionFactory(PropertiesComponent properties) throws Exception {
        Optional<String> url = value(properties, "jms.broker-url");
        if (url.isPresent()) {
            externalBroker = EmbeddedBroker.newConnectionFactory(url.get(),
                    value(properties, "jms.broker-username").orElse(null),
                    value(properties, "jms.broker-password").orElse(null));
            LOG.info("Using the JMS broker at {}", url.get());
            return externalBroker;
        }
        EmbeddedBroker.Builder options = EmbeddedBroker.builder()
                .deadLetterQueue(value(properties, "jms.dead-letter-queue").orElse("DLQ"));
        value(properties, "jms.embedded-data-dir").map(Path::of).ifPresent(options::dataDirectory);
        broker = options.start();
        LOG.info("No jms.broker-url configured: started an embedded ActiveMQ Artemis broker ({})", broker.url());
        return broker.connectionFactory();
    }

    /** Stops what was started, the broker before the sandbox; the sandbox keeps its state for inspection. */
    @Override
    public void afterStop(BaseMainSupport main) {
        try {
            if (externalBroker != null) {
                externalBroker.close();
            }
            if (broker != null) {
                broker.close();
            }
        } catch (Exception e) {
            LOG.warn("Stopping the JMS connection or the embedded broker failed: {}", e.getMessage(), e);
        } finally {
            externalBroker = null;
            broker = null;
            if (mailServer != null) {
                mailServer.close();
                mailServer = null;
            }
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /**
     * The sandbox started because no CAM server was configured; empty when one was. Once the
     * application has stopped it is closed, and its messages, users and quick calls can still be read.
     */
    public Optional<CamSandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** The broker started because no {@code jms.broker-url} was configured, while it runs. */
    public Optional<EmbeddedBroker> broker() {
        return Optional.ofNullable(broker);
    }

    /** The mail server started because no {@code mail.host} was configured (only in the demo), while it runs. */
    public Optional<EmbeddedMailServer> mailServer() {
        return Optional.ofNullable(mailServer);
    }

    private static Optional<String> value(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).map(String::trim).filter(v -> !v.isEmpty());
    }
}
