package io.camelcam.component.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * CAM answers one month per request, so a reservation moved from one watched month to the other
 * between the two requests of one poll is in neither answer. A relay in front of the sandbox holds
 * November's request until the test has moved the reservation, which makes that race happen on
 * every run: the consumer must report one UPDATED, never a DELETED followed by a CREATED.
 */
class MidPollMoveTest extends CamTestSupport {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));
    private static HttpServer relay;
    private static volatile CountDownLatch novemberHeld = new CountDownLatch(0);
    private static volatile CountDownLatch novemberMayGo = new CountDownLatch(0);
    private volatile List<String> changes;

    @BeforeAll
    static void startRelay() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        relay.setExecutor(Executors.newCachedThreadPool());
        relay.createContext("/", exchange -> forward(client, exchange));
        relay.start();
    }

    @AfterAll
    static void stopRelay() {
        novemberMayGo.countDown();
        relay.stop(0);
    }

    private static void forward(HttpClient client, HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (new String(body, StandardCharsets.UTF_8).contains("date=202611")) {
            novemberHeld.countDown();
            try {
                novemberMayGo.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.url() + exchange.getRequestURI()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("x-cam-apiToken") || name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            exchange.getResponseHeaders().add("Content-Type", answer.headers().firstValue("Content-Type").orElse("application/json"));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("clock", clock);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the relay's port is known only once it runs: the route reads it through a placeholder
                from("cam:getConferenceRoomStatus?serverUrl={{relay.url}}&month=current&months=2&timeZone=Asia/Tokyo"
                        + "&clock=#clock&startScheduler=false")
                        .routeId("watch").to("mock:changes");
            }
        };
    }

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("relay.url", "http://127.0.0.1:" + relay.getAddress().getPort());
        return context;
    }

    private List<String> poll() {
        MockEndpoint mock = getMockEndpoint("mock:changes");
        mock.reset();
        ((ScheduledPollConsumer) context.getRoute("watch").getConsumer()).run();
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(CamConstants.CHANGE_TYPE) + " " + e.getMessage().getHeader(CamConstants.RESERVATION_ID))
                .toList();
    }

    @Test
    void aReservationMovedToTheOtherMonthDuringAPollIsOneUpdate() throws Exception {
        SandboxReservation meeting = SANDBOX.sandbox().putReservation(new SandboxReservation(null, "CR001", null,
                "Year-end review", LocalDateTime.of(2026, 11, 30, 17, 0), LocalDateTime.of(2026, 11, 30, 18, 0), "alice", null));
        assertThat(poll()).isEmpty(); // the baseline, November holding the meeting

        novemberHeld = new CountDownLatch(1);
        novemberMayGo = new CountDownLatch(1);
        Thread polling = new Thread(() -> changes = poll());
        polling.start();
        // December has been read (without the meeting) while November's request waits at the relay
        assertThat(novemberHeld.await(10, TimeUnit.SECONDS)).isTrue();
        await().until(this::decemberAnswered);
        SANDBOX.sandbox().putReservation(new SandboxReservation(meeting.id(), "CR001", null, "Year-end review",
                LocalDateTime.of(2026, 12, 1, 10, 0), LocalDateTime.of(2026, 12, 1, 11, 0), "alice", null));
        novemberMayGo.countDown();
        polling.join(10_000);

        assertThat(changes).containsExactly("UPDATED " + meeting.id());
        assertThat(poll()).isEmpty();
    }

    /** The relay let December through: the sandbox has logged more status requests than the baseline poll's two. */
    private boolean decemberAnswered() {
        return SANDBOX.sandbox().requests().stream().filter(r -> "getConferenceRoomStatus".equals(r.operation())).count() >= 3;
    }
}
