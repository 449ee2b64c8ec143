package io.camelcam.component;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many exchanges at once through one endpoint: none lost, none duplicated, no deadlock, never more
 * connections than the pool allows, and stopping the route or the context while requests are in
 * flight ends every exchange and lets the connections go.
 */
class ConcurrencyRouteTest extends CamTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("cam:sendMessage?room=ops&maxConnections=16");
            }
        };
    }

    @Test
    void thousandConcurrentSendsAllArriveOnce() {
        List<CompletableFuture<Exchange>> inFlight = IntStream.range(0, 1000)
                .mapToObj(i -> template.asyncSend("direct:send", e -> e.getMessage().setBody("message " + i)))
                .toList();
        List<Exchange> done = inFlight.stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        List<ReceivedMessage> received = SANDBOX.sandbox().messagesIn("ops");
        Set<String> texts = new HashSet<>();
        received.forEach(m -> texts.add(m.text()));
        assertThat(received).hasSize(1000);
        assertThat(texts).hasSize(1000);
        // connections go back to the pool just after the answers are handed over
        CamComponent cam = context.getComponent("cam", CamComponent.class);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(cam.transportStatus()).singleElement().satisfies(t -> assertThat(t.leased()).isZero()));
    }

    @Test
    void twoHundredConcurrentExchangesNeverUseMoreConnectionsThanThePoolHas() throws Exception {
        // every answer 100 ms late, so the 200 exchanges pile up against the pool of 8
        SANDBOX.sandbox().faults().next(200).delay(Duration.ofMillis(100));
        try (TcpRelay relay = TcpRelay.start("127.0.0.1", SANDBOX.sandbox().port())) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:bounded").to("cam:sendMessage?room=ops&maxConnections=8&serverUrl=http://127.0.0.1:"
                            + relay.port());
                }
            });
            List<CompletableFuture<Exchange>> inFlight = IntStream.range(0, 200)
                    .mapToObj(i -> template.asyncSend("direct:bounded", e -> e.getMessage().setBody("bounded " + i)))
                    .toList();
            CamHttpTransport transport = context.getEndpoint("cam:sendMessage?room=ops&maxConnections=8&serverUrl=http://127.0.0.1:"
                    + relay.port(), CamEndpoint.class).getClient().getTransport();
            await().atMost(Duration.ofSeconds(30)).until(() -> transport.poolStats().getPending() > 0);
            int pendingSeen = transport.poolStats().getPending();

            for (CompletableFuture<Exchange> exchange : inFlight) {
                assertThat(exchange.get(120, TimeUnit.SECONDS).getException()).isNull();
            }

            assertThat(pendingSeen).as("requests waited for a pooled connection").isPositive();
            assertThat(relay.maxOpen()).as("connections open at once, seen by the relay in front of CAM")
                    .isBetween(2, 8);
            assertThat(transport.poolStats().getMax()).as("8 for calls, 4 for streamed exports").isEqualTo(8 + 4);
            await().atMost(Duration.ofSeconds(30)).until(() -> transport.poolStats().getLeased() == 0);
        }
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(200)
                .extracting(ReceivedMessage::text).doesNotHaveDuplicates();
    }

    @Test
    void stoppingTheRouteWhileRequestsAreInFlightLetsThemFinish() throws Exception {
        context.getShutdownStrategy().setTimeout(120);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:inflight").routeId("inflight").to("cam:sendMessage?room=ops&responseTimeout=60s");
            }
        });
        SANDBOX.sandbox().faults().next(6).delay(Duration.ofSeconds(2));
        List<CompletableFuture<Exchange>> inFlight = IntStream.range(0, 6)
                .mapToObj(i -> template.asyncSend("direct:inflight", e -> e.getMessage().setBody("in flight " + i)))
                .toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> SANDBOX.sandbox().requests().size() == 6);

        // graceful: the route waits for its in-flight exchanges
        context.getRouteController().stopRoute("inflight");

        for (CompletableFuture<Exchange> exchange : inFlight) {
            assertThat(exchange.get(120, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(6);
        CamHttpTransport transport = context.getEndpoint("cam:sendMessage?room=ops&responseTimeout=60s", CamEndpoint.class)
                .getClient().getTransport();
        await().atMost(Duration.ofSeconds(30)).until(() -> transport.poolStats().getLeased() == 0);
    }

    @Test
    void stoppingTheContextWhileRequestsAreInFlightEndsEveryExchangeAndClosesThePool() throws Exception {
        context.getShutdownStrategy().setTimeout(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stuck").to("cam:sendMessage?room=ops&responseTimeout=60s");
            }
        });
        // more than the sandbox has workers: some requests are being answered (late), the rest wait for a worker
        SANDBOX.sandbox().faults().next(20).delay(Duration.ofSeconds(60));
        try {
            List<CompletableFuture<Exchange>> inFlight = IntStream.range(0, 20)
                    .mapToObj(i -> template.asyncSend("direct:stuck", e -> e.getMessage().setBody("stuck " + i)))
                    .toList();
            CamHttpTransport transport = context.getEndpoint("cam:sendMessage?room=ops&responseTimeout=60s", CamEndpoint.class)
                    .getClient().getTransport();
            await().atMost(Duration.ofSeconds(30)).until(() -> transport.poolStats().getLeased() == 20);
            CamComponent cam = context.getComponent("cam", CamComponent.class);

            // the shutdown gives up waiting after 1 s and stops the component, which closes the pool
            CompletableFuture.runAsync(context::stop).get(120, TimeUnit.SECONDS);

            // none hangs: each ends, and as CAM's answer never came, with the outcome unknown
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            for (CompletableFuture<Exchange> exchange : inFlight) {
                assertThat(exchange.get().getException()).isInstanceOf(CamTransportException.class);
            }
            assertThat(cam.transportStatus()).isEmpty();
        } finally {
            // the sandbox's workers are still sleeping on the delays: a restart interrupts them
            SANDBOX.sandbox().restart();
        }
    }
}
