package io.camelcam.component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;

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
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(cam.transportStats().values()).singleElement().asString().contains("leased: 0"));
    }
}
