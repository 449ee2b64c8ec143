package io.camelcam.component.binding;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.StreamCacheException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.CamComponent;
import io.camelcam.component.CamOperation;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binding properties end to end: random bodies and headers (see {@link RandomInputs}) go
 * through a real route to the sandbox over HTTP. An exchange either succeeds, or fails with a
 * {@link CamValidationException} and then the sandbox's request log shows that nothing was sent,
 * or fails with CAM's own refusal ({@link CamApiException}) of input the component took as valid;
 * a stream body that breaks off already fails in Camel's stream caching, also with nothing sent.
 * Nothing else: no unchecked surprise, no HTTP 500 from the sandbox, and no hang (a 10 s response
 * timeout would fail the try as a CamTimeoutException).
 */
class BindingRoutePropertyTest {

    private static final int TRIES = 200;

    private static CamSandbox sandbox;
    private static CamelContext camel;
    private static ProducerTemplate template;

    @BeforeContainer
    static void start() throws Exception {
        sandbox = CamSandbox.builder().start();
        camel = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(sandbox.url());
        cam.getConfiguration().setApiToken(sandbox.userToken());
        cam.getConfiguration().setAdminApiToken(sandbox.adminToken());
        cam.getConfiguration().setResponseTimeout(10_000);
        camel.addComponent("cam", cam);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the exchange's failure as the producer left it, without an error log of each of the many refusals
                errorHandler(noErrorHandler());
                for (CamOperation operation : CamOperation.values()) {
                    from("direct:" + operation).to("cam:" + operation);
                }
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterContainer
    static void stop() {
        camel.stop();
        sandbox.close();
    }

    @BeforeTry
    void resetSandbox() {
        sandbox.reset();
    }

    @Property(tries = TRIES)
    void sendMessage(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers) throws IOException {
        sendsNothingItRefuses(CamOperation.sendMessage, body, headers);
    }

    @Property(tries = TRIES)
    void sendMessages(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers) throws IOException {
        sendsNothingItRefuses(CamOperation.sendMessages, body, headers);
    }

    @Property(tries = TRIES)
    void createQuickCall(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers) throws IOException {
        sendsNothingItRefuses(CamOperation.createQuickCall, body, headers);
    }

    @Property(tries = TRIES)
    void exportUsers(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers) throws IOException {
        sendsNothingItRefuses(CamOperation.exportUsers, body, headers);
    }

    @Property(tries = TRIES)
    void updateUsersCSV(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers) throws IOException {
        sendsNothingItRefuses(CamOperation.updateUsersCSV, body, headers);
    }

    @Property(tries = TRIES)
    void updateChatRoom(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers) throws IOException {
        sendsNothingItRefuses(CamOperation.updateChatRoom, body, headers);
    }

    @Property(tries = TRIES)
    void getConferenceRooms(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers)
            throws IOException {
        sendsNothingItRefuses(CamOperation.getConferenceRooms, body, headers);
    }

    @Property(tries = TRIES)
    void getConferenceMaster(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers)
            throws IOException {
        sendsNothingItRefuses(CamOperation.getConferenceMaster, body, headers);
    }

    @Property(tries = TRIES)
    void getConferenceRoomStatus(@ForAll("bodies") Object body, @ForAll("headers") Map<String, Object> headers)
            throws IOException {
        sendsNothingItRefuses(CamOperation.getConferenceRoomStatus, body, headers);
    }

    /**
     * Found by this property for every operation that does not read the body: Camel fails the
     * exchange when stream caching cannot read a stream body, yet still hands it to the route's
     * first processor, and the producer sent it: CAM created this quick call while the route saw a
     * failure.
     */
    @Example
    void anExchangeWhoseStreamBodyBrokeOffIsNotSent() {
        Exchange out = template.send("direct:" + CamOperation.createQuickCall,
                exchange -> exchange.getMessage().setBody(new RandomInputs.FailingInputStream(0)));
        assertThat(out.getException()).isInstanceOf(StreamCacheException.class);
        assertThat(sandbox.requests()).as("requests that reached CAM").isEmpty();
        assertThat(sandbox.quickCalls()).isEmpty();
    }

    /**
     * createQuickCall: an expiry Unix milliseconds cannot hold (Instant.MAX) passed the checks and
     * failed with an ArithmeticException when the request was written.
     */
    @Example
    void anExpiryBeyondUnixMillisecondsIsRefusedBeforeSending() {
        Exchange out = template.send("direct:" + CamOperation.createQuickCall,
                exchange -> exchange.getMessage().setHeader(CamConstants.QUICK_CALL_EXPIRES_AT, Instant.MAX));
        assertThat(out.getException()).isInstanceOf(CamValidationException.class);
        assertThat(((CamValidationException) out.getException()).getField()).isEqualTo("expireTime");
        assertThat(sandbox.requests()).as("requests that reached CAM").isEmpty();
    }

    @Provide
    Arbitrary<Object> bodies() {
        return RandomInputs.body();
    }

    @Provide
    Arbitrary<Map<String, Object>> headers() {
        return RandomInputs.headers();
    }

    private static void sendsNothingItRefuses(CamOperation operation, Object body, Map<String, Object> headers)
            throws IOException {
        Exchange out = template.send("direct:" + operation, exchange -> {
            exchange.getMessage().setBody(body);
            headers.forEach(exchange.getMessage()::setHeader);
        });
        try {
            List<RecordedRequest> requests = sandbox.requests();
            assertThat(requests).as("requests the sandbox failed on").noneMatch(r -> r.httpStatus() >= 500);
            Exception failure = out.getException();
            if (failure == null) {
                Statistics.label("outcome").collect("sent");
            } else if (failure instanceof CamValidationException refused) {
                assertThat(requests).as("requests that reached CAM although " + refused.getMessage()).isEmpty();
                Statistics.label("outcome").collect("refused before sending");
            } else if (failure instanceof StreamCacheException unreadable) {
                // Camel caches a stream body as it enters the route: one that breaks off fails there
                assertThat(requests).as("requests that reached CAM although " + unreadable.getMessage()).isEmpty();
                Statistics.label("outcome").collect("refused by Camel's stream caching");
            } else if (failure instanceof CamApiException camRefused) {
                assertThat(requests).as("requests that reached CAM").isNotEmpty();
                Statistics.label("outcome").collect("sent, refused by CAM with " + camRefused.getErrorCode());
            } else {
                throw new AssertionError("the exchange failed with " + failure, failure);
            }
        } finally {
            // exportUsers streams the CSV: the body holds a pooled connection until it is closed
            if (out.getMessage().getBody() instanceof Closeable result) {
                result.close();
            }
        }
    }
}
