package io.camelcam.client.operation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.QuickCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateQuickCallTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void theExpiryTravelsAsUnixMillisecondsWithTheOptionalPassword() {
        CreateQuickCall call = new CreateQuickCall(NOW.plusSeconds(3600), "s3cret", CLOCK);

        assertThat(WireFields.form(call)).containsEntry("expireTime", Long.toString(NOW.plusSeconds(3600).toEpochMilli()))
                .containsEntry("password", "s3cret");
        assertThat(WireFields.form(new CreateQuickCall(NOW.plusSeconds(60), null, CLOCK))).doesNotContainKey("password");
        assertThat(call.toString()).doesNotContain("s3cret");
    }

    @Test
    void theAnswersUrlWithTheExpiryAskedFor() throws Exception {
        CreateQuickCall call = new CreateQuickCall(NOW.plusSeconds(3600), null, CLOCK);

        QuickCall quickCall = call.decode(WireFields.answer("{\"status\":200,\"url\":\"https://cam.example.com/q/1\"}"));

        assertThat(quickCall).isEqualTo(new QuickCall("https://cam.example.com/q/1", NOW.plusSeconds(3600)));
        assertThatThrownBy(() -> call.decode(WireFields.answer("{\"status\":200}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpiryNotInTheFutureOrAPasswordWithALineBreakIsRefused() {
        assertThatThrownBy(() -> new CreateQuickCall(NOW, null, CLOCK)).isInstanceOf(CamValidationException.class)
                .hasMessageContaining("expireTime");
        assertThatThrownBy(() -> new CreateQuickCall(NOW.plusSeconds(60), "a\r\nb", CLOCK))
                .isInstanceOf(CamValidationException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> new CreateQuickCall(Instant.MAX, null, CLOCK)).isInstanceOf(CamValidationException.class)
                .hasMessageContaining("expireTime");
    }
}
