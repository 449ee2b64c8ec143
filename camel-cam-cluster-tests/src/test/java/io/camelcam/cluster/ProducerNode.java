package io.camelcam.cluster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.component.CamComponent;

/**
 * One producer node, in a JVM of its own: a JMS queue on the test's Artemis broker (over TCP) to
 * {@code cam:sendMessage}, read by {@code concurrentConsumers} consumers in local transactions, so a
 * message leaves the queue only when CAM has accepted it. The consumers take no prefetch
 * ({@code consumerWindowSize=0}): each holds only the message it is processing, so a killed node
 * holds at most one message per consumer, and the nodes share the queue instead of one node
 * buffering it.
 *
 * <p>Each consumer thread appends to the sink file, flushed to the operating system, "SENDING" before
 * it calls CAM and "SENT" once CAM accepted ("millis node thread EVENT text"): after a kill, the last
 * SENDING of each thread names the message that thread had in flight.
 *
 * <p>Arguments: node id, broker URL, CAM url, queue, consumers, sink file. The API token is read from
 * stdin's first line, never a command-line argument a process list would show.
 */
public final class ProducerNode {

    private ProducerNode() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        String brokerUrl = args[1];
        String camUrl = args[2];
        String queue = args[3];
        int consumers = Integer.parseInt(args[4]);
        Path sink = Path.of(args[5]);
        String token = new String(System.in.readNBytes(256), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(brokerUrl);
        broker.setConsumerWindowSize(0);
        context.addComponent("jms", JmsComponent.jmsComponent(broker));

        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(camUrl);
        cam.getConfiguration().setApiToken(token);
        context.addComponent("cam", cam);

        BufferedWriter out = Files.newBufferedWriter(sink, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // transacted, in the JMS session's own transaction (no transaction manager): the container
                // commits it after the route, so the message is acknowledged only once CAM accepted it. Camel's
                // default JmsTransactionManager would open a broker connection for every message over this
                // plain connection factory.
                from("jms:queue:" + queue + "?transacted=true&lazyCreateTransactionManager=false"
                        + "&cacheLevelName=CACHE_CONSUMER&concurrentConsumers=" + consumers + "&maxConcurrentConsumers="
                        + consumers).routeId("queue-to-chat")
                        .process(exchange -> write(out, id, "SENDING", exchange.getMessage().getBody(String.class)))
                        .to("cam:sendMessage?room=ops")
                        .process(exchange -> write(out, id, "SENT", exchange.getMessage().getBody(String.class)));
            }
        });
        context.start();
        System.out.println("STARTED " + id);
        new CountDownLatch(1).await();
    }

    private static void write(BufferedWriter out, String id, String event, String text) throws IOException {
        String thread = Thread.currentThread().getName().replace(' ', '_');
        synchronized (out) {
            out.write(System.currentTimeMillis() + " " + id + " " + thread + " " + event + " " + text + "\n");
            // in the operating system once written: a killed JVM loses nothing written
            out.flush();
        }
    }
}
