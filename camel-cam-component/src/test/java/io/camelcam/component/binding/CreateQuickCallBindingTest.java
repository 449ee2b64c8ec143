package io.camelcam.component.binding;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.QuickCall;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxQuickCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CreateQuickCallBindingTest extends CamTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("cam:createQuickCall?expiresIn=30m&password=s3cret!");
                from("direct:plain").to("cam:createQuickCall");
            }
        };
    }

    @Test
    void createsAUrlWithExpiryAndPassword() {
        Instant before = Instant.now();
        Exchange out = send("direct:call", null);

        assertThat(out.getException()).isNull();
        QuickCall call = out.getMessage().getBody(QuickCall.class);
        assertThat(call.url()).startsWith(SANDBOX.url()).contains("/quick/");
        assertThat(out.getMessage().getHeader(CamConstants.QUICK_CALL_URL)).isEqualTo(call.url());
        assertThat(call.expiresAt()).isBetween(before.plus(Duration.ofMinutes(30)), Instant.now().plus(Duration.ofMinutes(30)));
        SandboxQuickCall stored = SANDBOX.sandbox().quickCalls().get(0);
        assertThat(stored.url()).isEqualTo(call.url());
        assertThat(stored.passwordSet()).isTrue();
        assertThat(stored.expireTime()).isEqualTo(call.expiresAt().toEpochMilli());
    }

    @Test
    void defaultIsOneHourWithoutPassword() {
        Exchange out = send("direct:plain", "ignored body");

        QuickCall call = out.getMessage().getBody(QuickCall.class);
        assertThat(Duration.between(Instant.now(), call.expiresAt()).toMinutes()).isBetween(58L, 60L);
        assertThat(SANDBOX.sandbox().quickCalls().get(0).passwordSet()).isFalse();
    }

    @Test
    void expiryAndPasswordFromTheBodyOrHeader() {
        Instant at = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Exchange byHeader = send("direct:plain", null, CamConstants.QUICK_CALL_EXPIRES_AT, at);
        Exchange byMap = send("direct:plain", Map.of("expiresIn", "2h", "password", "pw"));

        assertThat(byHeader.getMessage().getBody(QuickCall.class).expiresAt()).isEqualTo(at);
        assertThat(byMap.getMessage().getBody(QuickCall.class).expiresAt().toEpochMilli())
                .isCloseTo(Instant.now().plus(Duration.ofHours(2)).toEpochMilli(), within(5_000L));
        assertThat(SANDBOX.sandbox().quickCalls().get(1).passwordSet()).isTrue();
    }

    @Test
    void expiryInThePastOrBadPasswordIsRefusedBeforeSending() {
        Exchange past = send("direct:plain", null, CamConstants.QUICK_CALL_EXPIRES_AT, Instant.now().minusSeconds(60));
        Exchange crlf = send("direct:plain", Map.of("password", "a\r\nb"));
        Exchange typo = send("direct:plain", Map.of("pasword", "x"));

        assertThat(past.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("expireTime");
        assertThat(crlf.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("password")
                .hasMessageNotContaining("a\r\nb");
        assertThat(typo.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining("pasword");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }
}
