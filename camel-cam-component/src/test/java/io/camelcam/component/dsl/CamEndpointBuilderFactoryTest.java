package io.camelcam.component.dsl;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.client.model.QuickCall;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.CamEndpoint;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.testing.MutableClock;

import static io.camelcam.component.dsl.CamEndpointBuilderFactory.cam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed Endpoint DSL: equal to what cam.json says (rerun with {@code -Dcam.docs.update=true} to
 * regenerate it after an option changed), and routes built with it work against the sandbox.
 */
class CamEndpointBuilderFactoryTest extends CamTestSupport {

    static final Path CATALOG = Path.of("target/classes/META-INF/io/camelcam/component/cam.json");
    static final Path SOURCE = Path.of("src/main/java/io/camelcam/component/dsl/CamEndpointBuilderFactory.java");

    /** 20 November 2026, noon in Tokyo. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("clock", clock);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::dsl[]
                from("direct:alert").to(cam("sendMessage").room("ops").users("oncall@example.com").sealed(true));
                from("direct:call").to(cam("createQuickCall").expiresIn("30m").password("s3cret!"));
                from(cam("getConferenceRoomStatus").month("current").months(2)
                        .advanced().timeZone("Asia/Tokyo").clock("#clock")
                        .basic().startScheduler(false))
                        .routeId("reservations").to("mock:reservations");
                // end::dsl[]
            }
        };
    }

    @Test
    void theSourceIsWhatCamJsonImplies() throws IOException {
        JsonNode catalog = new ObjectMapper().readTree(CATALOG.toFile());
        String expected = EndpointDslSource.generate(catalog);
        String actual = Files.exists(SOURCE) ? Files.readString(SOURCE, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("cam.docs.update") && !expected.equals(actual)) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as(SOURCE + " is out of date: rerun with -Dcam.docs.update=true").isEqualTo(expected);
    }

    @Test
    void everyEndpointOptionHasABuilderMethodOfItsJavaType() throws IOException {
        JsonNode options = new ObjectMapper().readTree(CATALOG.toFile()).get("properties");
        List<Method> methods = Arrays.stream(CamEndpointBuilderFactory.class.getDeclaredClasses())
                .flatMap(builder -> Arrays.stream(builder.getDeclaredMethods())).toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            if (!"parameter".equals(option.getValue().path("kind").asText())) {
                continue;
            }
            String javaType = option.getValue().path("javaType").asText().replaceAll("<.*>", "");
            assertThat(methods).as(option.getKey() + " of type " + javaType)
                    .anyMatch(m -> m.getName().equals(option.getKey()) && m.getParameterCount() >= 1
                            && m.getParameterTypes()[m.getParameterCount() - 1].getTypeName().equals(javaType)
                            || m.getName().equals(option.getKey()) && option.getValue().path("multiValue").asBoolean());
        }
    }

    @Test
    void producerBuiltWithTheDslSends() {
        Exchange out = send("direct:alert", "disk full");

        assertThat(out.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("disk full");
            assertThat(m.users()).containsExactly("oncall@example.com");
            assertThat(m.opened()).isTrue();
        });
    }

    @Test
    void durationsAndSecretsPassAsText() {
        Exchange out = send("direct:call", null);

        assertThat(out.getException()).isNull();
        QuickCall call = out.getMessage().getBody(QuickCall.class);
        assertThat(SANDBOX.sandbox().quickCalls()).singleElement().satisfies(stored -> {
            assertThat(stored.url()).isEqualTo(call.url());
            assertThat(stored.passwordSet()).isTrue();
        });
        assertThat(context.getEndpoints()).filteredOn(CamEndpoint.class::isInstance)
                .extracting(e -> ((CamEndpoint) e).getConfiguration().getExpiresIn()).contains(30 * 60_000L);
    }

    @Test
    void consumerBuiltWithTheDslEmitsChanges() {
        MockEndpoint mock = getMockEndpoint("mock:reservations");
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) context.getRoute("reservations").getConsumer();
        consumer.run();
        assertThat(mock.getReceivedExchanges()).as("the first poll takes the baseline").isEmpty();

        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 10, 0);
        SandboxReservation booked = SANDBOX.sandbox().putReservation(
                new SandboxReservation(null, "CR001", null, "Planning", start, start.plusHours(1), "alice", null));
        consumer.run();

        assertThat(mock.getReceivedExchanges()).singleElement().satisfies(e -> {
            assertThat(e.getMessage().getHeader(CamConstants.CHANGE_TYPE)).isEqualTo("CREATED");
            assertThat(e.getMessage().getBody(RoomReservation.class).id()).isEqualTo(booked.id());
        });
    }

    @Test
    void aBuilderShownInALogHidesTheToken() {
        String shown = cam("sendMessage").serverUrl("https://cam.example.com").apiToken("tok-123").room("ops").toString();

        assertThat(shown).startsWith("cam:sendMessage?").contains("room=ops").doesNotContain("tok-123");
    }
}
