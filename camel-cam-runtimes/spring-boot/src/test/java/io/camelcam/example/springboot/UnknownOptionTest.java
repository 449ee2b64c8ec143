package io.camelcam.example.springboot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A misspelt cam option stops the application, naming the key, instead of being ignored. */
class UnknownOptionTest {

    @Test
    void aTypoInApplicationConfigurationFailsTheStart() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(CamNotifierApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.cam.server-url=http://127.0.0.1:9", "camel.component.cam.api-token=t",
                        "camel.component.cam.helth-check-interval=1s");

        assertThatThrownBy(app::run).hasStackTraceContaining("camel.component.cam.helthCheckInterval");
    }
}
