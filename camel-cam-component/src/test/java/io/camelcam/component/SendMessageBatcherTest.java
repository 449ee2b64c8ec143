package io.camelcam.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** sendMessage with batchSize: batches on the wire, each exchange completed by its batch's answer. */
class SendMessageBatcherTest extends CamTestSupport {

    /** Long enough that only the batch size or a stop sends a batch, never the clock, in these tests. */
    private static final String NEVER = "1h";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bySize").to("cam:sendMessage?room=ops&batchSize=500&batchTimeout=" + NEVER);
                from("direct:byTime").to("cam:sendMessage?room=ops&batchSize=1000&batchTimeout=200ms");
                from("direct:slow").to("cam:sendMessage?room=ops&batchSize=3&batchTimeout=" + NEVER + "&responseTimeout=1s");
                from("direct:badToken").to("cam:sendMessage?room=ops&batchSize=3&batchTimeout=" + NEVER + "&apiToken=wrong");
            }
        };
    }

    private List<CompletableFuture<Exchange>> sendAll(String uri, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> template.asyncSend(uri, e -> e.getMessage().setBody("message " + i)))
                .toList();
    }

    private static List<RecordedRequest> requestsOf(String operation) {
        return SANDBOX.sandbox().requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    @Test
    void fullBatchesGoAsOneSendMessagesCallEach() {
        List<Exchange> done = sendAll("direct:bySize", 2000).stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(requestsOf("sendMessages")).hasSize(4).allSatisfy(r -> assertThat(r.camStatus()).isEqualTo(200));
        assertThat(requestsOf("sendMessage")).isEmpty();
        List<ReceivedMessage> received = SANDBOX.sandbox().messagesIn("ops");
        Set<String> texts = new HashSet<>();
        received.forEach(m -> texts.add(m.text()));
        assertThat(received).hasSize(2000).allSatisfy(m -> assertThat(m.operation()).isEqualTo("sendMessages"));
        assertThat(texts).hasSize(2000);
        // the body stays what the route sent, as without batching
        assertThat(done.get(7).getMessage().getBody()).isEqualTo("message 7");
    }

    @Test
    void aPartBatchIsSentWhenItsTimeoutHasPassed() {
        List<Exchange> done = sendAll("direct:byTime", 3).stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(requestsOf("sendMessages")).singleElement();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(3);
    }

    @Test
    void elementsKeepTheirOwnRoomUsersAndSealedFlag() {
        List<CompletableFuture<Exchange>> sent = List.of(
                template.asyncSend("direct:byTime", e -> e.getMessage().setBody("to ops")),
                template.asyncSend("direct:byTime", e -> {
                    e.getMessage().setBody("to general, mentioning bob");
                    e.getMessage().setHeader(CamConstants.ROOM, "general");
                    e.getMessage().setHeader(CamConstants.USERS, "bob@example.com");
                }),
                template.asyncSend("direct:byTime", e -> {
                    e.getMessage().setBody(Map.of("text", "direct and sealed", "users", "alice@example.com", "sealed", true));
                }));
        sent.forEach(f -> assertThat(f.join().getException()).isNull());

        assertThat(requestsOf("sendMessages")).singleElement();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("to ops"));
        assertThat(SANDBOX.sandbox().messagesIn("general")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("to general, mentioning bob");
            assertThat(m.users()).containsExactly("bob@example.com");
        });
        assertThat(SANDBOX.sandbox().messagesIn("messenger")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("direct and sealed");
            assertThat(m.users()).containsExactly("alice@example.com");
            assertThat(m.opened()).isTrue();
        });
    }

    @Test
    void badInputFailsItsOwnExchangeBeforeAnythingIsQueued() {
        Exchange bad = template.send("direct:slow", e -> e.getMessage().setBody(" "));

        assertThat(bad.getException()).isInstanceOf(CamValidationException.class);
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void aBatchCamRefusesIsSentAgainMessageByMessageSoOnlyTheBadOneFails() {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        sent.add(template.asyncSend("direct:slow", e -> e.getMessage().setBody("fine 1")));
        sent.add(template.asyncSend("direct:slow", e -> {
            e.getMessage().setBody("to nobody");
            e.getMessage().setHeader(CamConstants.ROOM, "no-such-room");
        }));
        sent.add(template.asyncSend("direct:slow", e -> e.getMessage().setBody("fine 2")));
        List<Exchange> done = sent.stream().map(CompletableFuture::join).toList();

        assertThat(done.get(0).getException()).isNull();
        assertThat(done.get(1).getException()).isInstanceOfSatisfying(CamApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("404"));
        assertThat(done.get(2).getException()).isNull();
        assertThat(requestsOf("sendMessages")).singleElement().satisfies(r -> assertThat(r.camStatus()).isEqualTo(520));
        assertThat(requestsOf("sendMessage")).hasSize(3);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(ReceivedMessage::text)
                .containsExactlyInAnyOrder("fine 1", "fine 2");
    }

    @Test
    void aRefusalOfTheCallItselfFailsEveryExchangeWithoutSendingThemOneByOne() {
        List<Exchange> done = sendAll("direct:badToken", 3).stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isInstanceOfSatisfying(CamApiException.class,
                a -> assertThat(a.getErrorCode()).isEqualTo("805")));
        assertThat(SANDBOX.sandbox().requests()).singleElement();
    }

    @Test
    void anHttpErrorFailsEveryExchangeOfTheBatchAndNothingIsResent() {
        SANDBOX.sandbox().faults().next(1).on("sendMessages").status(500);

        List<Exchange> done = sendAll("direct:slow", 3).stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isInstanceOfSatisfying(CamHttpException.class,
                h -> assertThat(h.getStatusCode()).isEqualTo(500)));
        assertThat(SANDBOX.sandbox().requests()).singleElement();
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
    }

    @Test
    void anUnknownOutcomeFailsEveryExchangeAndIsNeverResent() {
        // the sandbox processes the batch, then answers too late: CAM delivered it, the client cannot know
        SANDBOX.sandbox().faults().next(1).on("sendMessages").delay(Duration.ofSeconds(3));

        List<Exchange> done = sendAll("direct:slow", 3).stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isInstanceOf(CamTimeoutException.class));
        assertThat(SANDBOX.sandbox().requests()).singleElement();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(3));
    }

    @Test
    void stoppingTheProducerSendsWhatIsCollectedAndCompletesEachExchangeAfterCamAnswered() throws Exception {
        Endpoint endpoint = context.getEndpoint("cam:sendMessage?room=ops&batchSize=1000&batchTimeout=" + NEVER);
        AsyncProducer producer = endpoint.createAsyncProducer();
        ServiceHelper.startService(producer);
        ConcurrentLinkedQueue<Exchange> completed = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 5; i++) {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody("collected " + i);
            assertThat(producer.process(exchange, doneSync -> completed.add(exchange))).isFalse();
        }
        assertThat(completed).isEmpty();
        assertThat(SANDBOX.sandbox().requests()).isEmpty();

        ServiceHelper.stopService(producer);

        assertThat(completed).hasSize(5).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(requestsOf("sendMessages")).singleElement();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(5);
    }

    @Test
    void batchSizeAboveCamsLimitOrABadTimeoutIsRefusedAtStart() {
        Throwable tooBig = catchThrowable(() -> context.getEndpoint("cam:sendMessage?room=ops&batchSize=1001").start());
        Throwable noTime = catchThrowable(() -> context.getEndpoint("cam:sendMessage?room=ops&batchSize=10&batchTimeout=0").start());

        assertThat(CamEndpointTest.validationCause(tooBig)).hasMessageContaining("batchSize").hasMessageContaining("1000");
        assertThat(CamEndpointTest.validationCause(noTime)).hasMessageContaining("batchTimeout");
    }
}
