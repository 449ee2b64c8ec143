package io.camelcam.component;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.error.CamValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure type reaches an ordinary onException clause with what a handler needs. */
class ErrorHandlingRouteTest extends CamTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(CamValidationException.class).handled(true)
                        .setHeader("failure", constant("validation")).to("mock:failed");
                onException(CamApiException.class).handled(true)
                        .setHeader("failure", simple("api ${exception.errorCode}")).to("mock:failed");
                onException(CamHttpException.class).handled(true)
                        .setHeader("failure", simple("http ${exception.statusCode}")).to("mock:failed");
                onException(CamResponseException.class).handled(true)
                        .setHeader("failure", constant("response")).to("mock:failed");
                onException(CamTimeoutException.class).handled(true)
                        .setHeader("failure", constant("timeout")).to("mock:failed");
                onException(CamTransportException.class).handled(true)
                        .setHeader("failure", constant("transport")).to("mock:failed");

                from("direct:send").to("cam:sendMessage?room=ops&responseTimeout=1s").to("mock:sent");
                from("direct:badToken").to("cam:sendMessage?room=ops&apiToken=wrong-token").to("mock:sent");
            }
        };
    }

    private String failureOf(String uri, Object body) throws InterruptedException {
        MockEndpoint failed = getMockEndpoint("mock:failed");
        failed.reset();
        failed.expectedMessageCount(1);
        template.sendBody(uri, body);
        failed.assertIsSatisfied();
        return failed.getReceivedExchanges().get(0).getMessage().getHeader("failure", String.class);
    }

    @Test
    void eachFailureTypeReachesItsHandler() throws Exception {
        assertThat(failureOf("direct:send", "")).isEqualTo("validation");
        assertThat(failureOf("direct:badToken", "x")).isEqualTo("api 805");

        SANDBOX.sandbox().faults().next(1).status(503);
        assertThat(failureOf("direct:send", "x")).isEqualTo("http 503");

        SANDBOX.sandbox().faults().next(1).truncatedJson();
        assertThat(failureOf("direct:send", "x")).isEqualTo("response");

        SANDBOX.sandbox().faults().next(1).delay(Duration.ofSeconds(3));
        assertThat(failureOf("direct:send", "x")).isEqualTo("timeout");

        SANDBOX.sandbox().faults().next(1).dropConnection();
        assertThat(failureOf("direct:send", "x")).isEqualTo("transport");

        getMockEndpoint("mock:sent").expectedMessageCount(0);
        getMockEndpoint("mock:sent").assertIsSatisfied();
    }

    @Test
    void httpExceptionCarriesStatusRetryAfterAndExcerpt() {
        SANDBOX.sandbox().faults().next(1).tooManyRequests(Duration.ofSeconds(7));
        Exchange out = template.send("cam:sendMessage?room=ops", e -> e.getMessage().setBody("x"));

        assertThat(out.getException()).isInstanceOfSatisfying(CamHttpException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(7));
            assertThat(e.getMessage()).contains("429");
            assertThat(e.getBodyExcerpt().length()).isLessThanOrEqualTo(303);
        });
    }

    @Test
    void writesAreNotRetriedSilentlyButReadsAre() {
        SANDBOX.sandbox().faults().next(1).status(503);
        Exchange write = template.send("cam:sendMessage?room=ops", e -> e.getMessage().setBody("x"));
        assertThat(write.getException()).isInstanceOf(CamHttpException.class);
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);

        SANDBOX.sandbox().faults().next(2).status(503);
        Exchange read = template.send("cam:getConferenceMaster?retryBackoff=10ms", e -> { });
        assertThat(read.getException()).isNull();
        assertThat(SANDBOX.sandbox().requests()).hasSize(4);
    }

    @Test
    void optInRetryOnForWrites() {
        SANDBOX.sandbox().faults().next(2).on("sendMessage").tooManyRequests(Duration.ofSeconds(0));
        Exchange out = template.send("cam:sendMessage?room=ops&retryOn=429,503&retryBackoff=10ms", e -> e.getMessage().setBody("x"));

        assertThat(out.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(1);
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
    }
}
