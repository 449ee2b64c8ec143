package io.camelcam.sandbox;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.MutableClock;

import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

class CreateQuickCallTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-02T00:00:00Z"));
    private static final long IN_ONE_HOUR = CLOCK.millis() + 3_600_000;

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder().clock(CLOCK).build();

    private static RawHttpClient.Answer create(String... fields) {
        return post(SANDBOX.sandbox(), "createQuickCall", SANDBOX.userToken(), fields);
    }

    @Test
    void createsAQuickCallWhoseUrlServesAPage() {
        RawHttpClient.Answer answer = create("expireTime", Long.toString(IN_ONE_HOUR), "password", "password!");

        assertThat(answer.camStatus()).isEqualTo(200);
        String url = answer.json().path("url").asText();
        assertThat(url).startsWith(SANDBOX.url() + "/quick/");
        SandboxQuickCall call = SANDBOX.sandbox().quickCalls().get(0);
        assertThat(call.url()).isEqualTo(url);
        assertThat(call.expireTime()).isEqualTo(IN_ONE_HOUR);
        assertThat(call.passwordSet()).isTrue();
        assertThat(call.createdAt()).isEqualTo(CLOCK.instant());

        RawHttpClient.Answer page = RawHttpClient.get(SANDBOX.sandbox(), url.substring(SANDBOX.url().length()), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Quick call " + call.id() + ", expires 2026-11-02T01:00:00Z");

        CLOCK.advance(Duration.ofHours(2));
        assertThat(RawHttpClient.get(SANDBOX.sandbox(), url.substring(SANDBOX.url().length()), null).status()).isEqualTo(404);
        assertThat(RawHttpClient.get(SANDBOX.sandbox(), "/quick/unknown", null).status()).isEqualTo(404);
    }

    @Test
    void neverExposesThePassword() {
        create("expireTime", Long.toString(CLOCK.millis() + 60_000), "password", "s3cret-pass");
        assertThat(SANDBOX.sandbox().quickCalls().toString()).doesNotContain("s3cret-pass");
        assertThat(RawHttpClient.get(SANDBOX.sandbox(), "/_sandbox/api/quick-calls", null).body())
                .contains("\"passwordSet\":true").doesNotContain("s3cret-pass");

        create("expireTime", Long.toString(CLOCK.millis() + 60_000));
        assertThat(SANDBOX.sandbox().quickCalls().get(1).passwordSet()).isFalse();
    }

    @Test
    void validatesExpireTime() {
        assertThat(create().errorMessages()).containsExactly("SC_INVALID_PARAMETER: expireTime: missing");
        assertThat(create("expireTime", "tomorrow").errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: expireTime: 'tomorrow' is not Unix time in milliseconds");
        assertThat(create("expireTime", Long.toString(CLOCK.millis())).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: expireTime: must be in the future");
        assertThat(create("expireTime", "1624368868714").errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: expireTime: must be in the future");
        assertThat(SANDBOX.sandbox().quickCalls()).isEmpty();
    }

    @Test
    void validatesThePassword() {
        String future = Long.toString(CLOCK.millis() + 60_000);
        assertThat(create("expireTime", future, "password", "p".repeat(128)).camStatus()).isEqualTo(200);
        assertThat(create("expireTime", future, "password", "p".repeat(129)).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: password: longer than 128 characters");
        for (String bad : new String[]{"a\r\nb", "tab\there", "nul\0"}) {
            assertThat(create("expireTime", future, "password", bad).errorMessages())
                    .containsExactly("SC_INVALID_PARAMETER: password: contains control characters");
        }
        assertThat(SANDBOX.sandbox().quickCalls()).hasSize(1);
    }
}
