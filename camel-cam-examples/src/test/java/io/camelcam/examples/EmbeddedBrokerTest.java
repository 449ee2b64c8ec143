package io.camelcam.examples;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded broker keeps what it is given: across a restart, and past a consumer that keeps failing. */
class EmbeddedBrokerTest {

    @Test
    void withADataDirectoryMessagesSurviveARestart(@TempDir Path data) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder().dataDirectory(data).start()) {
            send(broker, "chat", "before the restart");
        }
        try (EmbeddedBroker broker = EmbeddedBroker.builder().dataDirectory(data).start()) {
            assertThat(receive(broker, "chat")).isEqualTo("before the restart");
        }
    }

    @Test
    void aMessageRolledBackTooOftenIsParkedNotDropped() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.builder()
                .maxDeliveryAttempts(3).redeliveryDelay(Duration.ZERO).deadLetterQueue("parked").start()) {
            send(broker, "chat", "poison");
            try (Connection connection = broker.connectionFactory().createConnection()) {
                connection.start();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue("chat"));
                for (int attempt = 1; attempt <= 3; attempt++) {
                    assertThat(consumer.receive(5_000)).as("delivery %d", attempt).isNotNull();
                    session.rollback();
                }
                assertThat(consumer.receive(200)).as("a fourth delivery").isNull();
            }
            assertThat(receive(broker, "parked")).isEqualTo("poison");
        }
    }

    private static void send(EmbeddedBroker broker, String queue, String text) throws JMSException {
        try (Connection connection = broker.connectionFactory().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(queue)).send(session.createTextMessage(text));
        }
    }

    private static String receive(EmbeddedBroker broker, String queueName) throws JMSException {
        try (Connection connection = broker.connectionFactory().createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue(queueName);
            Message message = session.createConsumer(queue).receive(5_000);
            return message == null ? null : ((TextMessage) message).getText();
        }
    }
}
