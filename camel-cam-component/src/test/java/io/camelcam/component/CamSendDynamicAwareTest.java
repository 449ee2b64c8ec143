package io.camelcam.component;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** toD to a thousand rooms: every message in its room, and a bounded number of endpoints for them all. */
class CamSendDynamicAwareTest extends CamTestSupport {

    static final int ROOMS = 1_000;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:toRoom").routeId("toRoom").toD("cam:sendMessage?room=${header.room}");
                from("direct:toRoomSealed").routeId("toRoomSealed")
                        .toD("cam:sendMessage?sealed=true&room=${header.room}&responseTimeout=20s");
            }
        };
    }

    @Test
    void aThousandRoomsShareOneEndpointAndEveryMessageArrivesInItsRoom() throws Exception {
        IntStream.range(0, ROOMS).forEach(i -> SANDBOX.sandbox().createChatRoom("room-" + i));

        List<CompletableFuture<Exchange>> sending = IntStream.range(0, ROOMS)
                .mapToObj(i -> template.asyncSend("direct:toRoom", exchange -> {
                    exchange.getMessage().setBody("hello room " + i);
                    exchange.getMessage().setHeader("room", "room-" + i);
                })).toList();
        for (CompletableFuture<Exchange> future : sending) {
            Exchange sent = future.get(60, TimeUnit.SECONDS);
            assertThat(sent.getException()).isNull();
            assertThat(sent.getMessage().getHeaders()).as("the header toD set is gone again")
                    .doesNotContainKey(CamConstants.ROOM);
        }

        for (int i = 0; i < ROOMS; i++) {
            assertThat(SANDBOX.sandbox().messagesIn("room-" + i)).extracting(ReceivedMessage::text)
                    .containsExactly("hello room " + i);
        }
        assertThat(camEndpoints()).containsExactly("cam://sendMessage");
    }

    @Test
    void otherOptionsStayInTheEndpointAndAnEarlierHeaderComesBack() {
        SANDBOX.sandbox().createChatRoom("first");
        SANDBOX.sandbox().createChatRoom("second");

        Exchange sent = send("direct:toRoomSealed", "sealed", "room", "first", CamConstants.ROOM, "kept");
        send("direct:toRoomSealed", "sealed too", "room", "second");

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(CamConstants.ROOM)).isEqualTo("kept");
        assertThat(SANDBOX.sandbox().messagesIn("first")).singleElement().satisfies(m -> assertThat(m.opened()).isTrue());
        assertThat(SANDBOX.sandbox().messagesIn("second")).singleElement().satisfies(m -> assertThat(m.opened()).isTrue());
        assertThat(camEndpoints()).containsExactly("cam://sendMessage?responseTimeout=20s");
    }

    private List<String> camEndpoints() {
        return context.getEndpoints().stream().map(Endpoint::getEndpointUri).filter(uri -> uri.startsWith("cam:")).toList();
    }
}
