package io.camelcam.example.springboot;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code camel.component.cam.customizer.enabled=false} leaves the component as code configured it, as
 * in Camel's own starters: none of the camel.component.cam.* options is applied, not even checked.
 */
class CustomizerSwitchTest {

    @Test
    void customizerDisabledAppliesNoOption() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(CamNotifierApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.cam.server-url=http://127.0.0.1:9", "camel.component.cam.api-token=t",
                        "camel.component.cam.helth-check-interval=1s", "camel.component.cam.customizer.enabled=false");

        // the route's producer finds no server URL: the configured one was not applied, and the typo went unseen
        assertThatThrownBy(app::run).satisfies(failure -> assertThat(stackTrace(failure))
                .contains("serverUrl", "is missing").doesNotContain("helthCheckInterval"));
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
