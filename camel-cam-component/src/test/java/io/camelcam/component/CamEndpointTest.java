package io.camelcam.component;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.component.api.CamConstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Component defaults, endpoint overrides, placeholders, and URIs that must not start. */
class CamEndpointTest extends CamTestSupport {

    @Test
    void componentOptionsAreInheritedAndOverridden() throws Exception {
        CamEndpoint inherited = context.getEndpoint("cam:sendMessage", CamEndpoint.class);
        CamEndpoint overriding = context.getEndpoint("cam:sendMessage?responseTimeout=5s&room=ops", CamEndpoint.class);

        assertThat(inherited.getConfiguration().getServerUrl()).isEqualTo(SANDBOX.url());
        assertThat(inherited.getConfiguration().getResponseTimeout()).isEqualTo(30_000L);
        assertThat(overriding.getConfiguration().getResponseTimeout()).isEqualTo(5_000L);
        assertThat(overriding.getConfiguration().getRoom()).isEqualTo("ops");
        assertThat(inherited.getConfiguration().getRoom()).isNull();
    }

    @Test
    void placeholdersWorkForEveryOption() throws Exception {
        context.getPropertiesComponent().addInitialProperty("room", "general");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:p").to("cam:sendMessage?serverUrl={{cam.url}}&apiToken={{cam.token}}&room={{room}}&sealed={{?nope:false}}");
            }
        });
        Exchange out = template.send("direct:p", e -> e.getMessage().setBody("via placeholders"));

        assertThat(out.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("general")).hasSize(1);
    }

    @Test
    void consumerOptionsAreInheritedAndTakePlaceholders() throws Exception {
        context.getComponent("cam", CamComponent.class).getConfiguration().setMonths(2);
        context.getPropertiesComponent().addInitialProperty("state", "target/placeholder-state.json");
        CamEndpoint endpoint = context.getEndpoint(
                "cam:getConferenceRoomStatus?stateFile={{state}}&emitExisting={{?nope:true}}&delay=60s", CamEndpoint.class);
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) endpoint.createConsumer(exchange -> { });

        assertThat(endpoint.getConfiguration().getMonths()).isEqualTo(2);
        assertThat(endpoint.getConfiguration().getStateFile()).isEqualTo("target/placeholder-state.json");
        assertThat(endpoint.getConfiguration().isEmitExisting()).isTrue();
        assertThat(consumer.getDelay()).isEqualTo(60_000L);
    }

    @Test
    void theOperationHeaderSwitchesOperation() {
        Exchange out = template.send("cam:sendMessage?room=ops", e -> {
            e.getMessage().setBody(List.of("a", "b"));
            e.getMessage().setHeader(CamConstants.OPERATION, "sendMessages");
        });

        assertThat(out.getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(2);
    }

    @Test
    void misconfiguredEndpointsFailAtStartNamingTheOption() {
        for (String[] bad : new String[][] {
                { "cam:sendMessage?serverUrl=ftp://cam.example.com", "serverUrl" },
                { "cam:sendMessage?serverUrl=http://cam.example.com/%0D%0Ax", "serverUrl" },
                { "cam:sendMessage?apiToken=RAW(abc def)", "apiToken" },
                { "cam:getConferenceRoomStatus?month=2019-13", "month" },
                { "cam:sendMessage?users=not-an-address", "users" },
                { "cam:sendMessage?retryOn=500", "retryOn" },
                { "cam:sendMessage?timeZone=Mars/Olympus", "timeZone" },
                { "cam:createQuickCall?password=a%0D%0Ab", "password" } }) {
            Throwable failure = catchThrowable(() -> context.getEndpoint(bad[0]).start());
            assertThat(validationCause(failure)).as(bad[0]).hasMessageContaining(bad[1]);
        }
        assertThat(validationCause(catchThrowable(() -> context.getEndpoint("cam:sendMail")))).hasMessageContaining("sendMail");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    /** The CamValidationException somewhere in the chain (Camel may wrap it). */
    static Throwable validationCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CamValidationException) {
                return t;
            }
        }
        throw new AssertionError("no CamValidationException in " + failure, failure);
    }
}
