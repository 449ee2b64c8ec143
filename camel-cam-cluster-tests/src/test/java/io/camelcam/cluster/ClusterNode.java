package io.camelcam.cluster;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.CamComponent;
import io.camelcam.component.api.CamConstants;

/**
 * One node of the cluster, in a JVM of its own: the reservation consumer under master: over
 * camel-zookeeper's cluster service, its baseline in ZooKeeper (stateZooKeeper). Every exchange it
 * emits is appended to its sink file, one line each ("millis node TYPE id title"), before the exchange completes, so a line is
 * there for every change this node delivered, even when the JVM is killed right after.
 *
 * <p>Arguments: node id, CAM url, API token (read from stdin's first line, never a command-line
 * argument a process list would show), ZooKeeper connect string, sink file, ZooKeeper session timeout ms.
 */
public final class ClusterNode {

    static final String NAMESPACE = "cam-reservations";

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        String camUrl = args[1];
        String zooKeeper = args[2];
        Path sink = Path.of(args[3]);
        long sessionTimeout = Long.parseLong(args[4]);
        String token = new String(System.in.readNBytes(256), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(id);
        cluster.setNodes(zooKeeper);
        cluster.setBasePath("/camel-cam/cluster");
        // a killed leader's ephemeral node goes when its session expires: this bounds the failover
        cluster.setSessionTimeout(sessionTimeout);
        cluster.setConnectTimeout(5_000);
        context.addService(cluster);

        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(camUrl);
        cam.getConfiguration().setApiToken(token);
        context.addComponent("cam", cam);

        BufferedWriter out = Files.newBufferedWriter(sink, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":cam:getConferenceRoomStatus?month=202611&timeZone=Asia/Tokyo"
                        + "&delay=200&stateZooKeeper=" + zooKeeper).routeId("reservations")
                        .process(exchange -> {
                            RoomReservation reservation = exchange.getMessage().getBody(RoomReservation.class);
                            synchronized (out) {
                                out.write(System.currentTimeMillis() + " " + id + " " + exchange.getMessage().getHeader(CamConstants.CHANGE_TYPE) + " "
                                        + reservation.id() + " " + reservation.title() + "\n");
                                // in the operating system once written: a killed JVM loses nothing written
                                out.flush();
                            }
                        });
            }
        });
        context.start();
        System.out.println("STARTED " + id);
        new CountDownLatch(1).await();
    }
}
