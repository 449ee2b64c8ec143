package io.camelcam.examples;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A half-configured CAM server stops the start with a message that says what to set. */
class ConfigurationTest {

    @TempDir
    Path workDir;

    @Test
    void aServerUrlWithoutATokenIsRefusedAtStart() {
        CamExamples examples = new CamExamples();
        examples.main().addOverrideProperty("cam.server-url", "https://cam.example.com");
        examples.main().addOverrideProperty("cam.api-token", " ");
        examples.main().addOverrideProperty("examples.work-dir", workDir.toString());

        Throwable failure = catchThrowable(() -> examples.main().start());
        examples.main().stop();

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("cam.server-url is set but cam.api-token is not")
                .hasMessageContaining("CAM_API_TOKEN");
        assertThat(examples.services().sandbox()).isEmpty();
    }
}
