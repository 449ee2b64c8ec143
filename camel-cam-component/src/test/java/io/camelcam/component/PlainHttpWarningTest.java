package io.camelcam.component;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain http:// works (on-premise CAMServer on port 8080) and warns, once per endpoint however many
 * messages it sends, that the token travels unencrypted.
 */
class PlainHttpWarningTest extends CamTestSupport {

    @Test
    void oneWarningPerEndpointNoMatterHowManyMessages() throws Exception {
        List<String> warnings;
        try (LogCapture log = LogCapture.open()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ops").to("cam:sendMessage?room=ops");
                    from("direct:general").to("cam:sendMessage?room=general");
                }
            });
            for (int i = 0; i < 50; i++) {
                template.sendBody("direct:ops", "ops " + i);
                template.sendBody("direct:general", "general " + i);
            }
            // another operation through the same endpoint is still the same endpoint
            template.sendBodyAndHeader("direct:ops", List.of("a", "b"), CamConstants.OPERATION, "sendMessages");
            warnings = log.lines().stream().filter(line -> line.startsWith("WARN ") && line.contains("plain HTTP")).toList();
        }

        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(52);
        assertThat(SANDBOX.sandbox().messagesIn("general")).hasSize(50);
        assertThat(warnings).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("WARN io.camelcam.client.CamClient")
                .contains(SANDBOX.url())
                .contains("the API token travels unencrypted")
                .doesNotContain(SANDBOX.userToken()));
    }
}
