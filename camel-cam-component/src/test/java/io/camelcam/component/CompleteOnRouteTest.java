package io.camelcam.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.component.api.CamCompleteOn;
import io.camelcam.sandbox.CamSandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** completeOn: which thread the route continues on after CAM answers, and refusal of a bad value at start. */
class CompleteOnRouteTest extends CamTestSupport {

    private final List<String> threadsAfterCam = new CopyOnWriteArrayList<>();

    @Test
    void byDefaultTheRouteContinuesOnTheCallbackPool() throws Exception {
        addRoute("cam:sendMessage?room=general");

        for (int i = 0; i < 5; i++) {
            assertThat(send("direct:start", "pooled " + i).getException()).isNull();
        }

        assertThat(threadsAfterCam).hasSize(5).allMatch(name -> name.contains("CamCallback"), "a CamCallback thread");
    }

    @Test
    void ioThreadContinuesOnTheIoThreadThatReadTheAnswer() throws Exception {
        // answers held back, so each arrives after the producer has returned (an answer already there when the
        // producer hands the exchange on continues on the caller's thread instead)
        try (CamSandbox slow = CamSandbox.builder().latency(Duration.ofMillis(300)).start()) {
            addRoute("cam:sendMessage?serverUrl=" + slow.url() + "&room=general&completeOn=ioThread");

            for (int i = 0; i < 3; i++) {
                assertThat(send("direct:start", "on the I/O thread " + i).getException()).isNull();
            }

            assertThat(threadsAfterCam).hasSize(3).allMatch(name -> name.startsWith("camel-cam-io-"), "an I/O thread");
            assertThat(slow.messagesIn("general")).hasSize(3);
        }
    }

    @Test
    void ioThreadStillFailsTheExchangeOnAnError() throws Exception {
        addRoute("cam:sendMessage?room=no-such-room&completeOn=ioThread");

        Exchange out = send("direct:start", "to nowhere");

        assertThat(out.getException()).isNotNull();
        assertThat(threadsAfterCam).isEmpty();
    }

    @Test
    void aBadValueFailsAtStartNamingTheOption() {
        Throwable failure = catchThrowable(() -> addRoute("cam:sendMessage?room=general&completeOn=ioThreads"));

        assertThat(bindingCause(failure).getPropertyName()).isEqualTo("completeOn");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void aMissingValueFailsAtStartNamingTheOption() {
        context.getComponent("cam", CamComponent.class).getConfiguration().setCompleteOn(null);

        Throwable failure = catchThrowable(() -> context.getEndpoint("cam:sendMessage?room=general").start());

        assertThat(CamEndpointTest.validationCause(failure)).hasMessageContaining("completeOn");
    }

    @Test
    void theDefaultIsTheCallbackPool() {
        assertThat(context.getEndpoint("cam:sendMessage", CamEndpoint.class).getConfiguration().getCompleteOn())
                .isEqualTo(CamCompleteOn.callbackPool);
    }

    private void addRoute(String camUri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(camUri).process(e -> threadsAfterCam.add(Thread.currentThread().getName()));
            }
        });
    }

    private static PropertyBindingException bindingCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PropertyBindingException binding) {
                return binding;
            }
        }
        throw new AssertionError("no PropertyBindingException in " + failure, failure);
    }
}
