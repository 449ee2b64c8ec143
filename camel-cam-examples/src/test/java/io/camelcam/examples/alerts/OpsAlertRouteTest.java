package io.camelcam.examples.alerts;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.sun.net.httpserver.HttpServer;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A failing route alerts the ops room, mentioning the on-call users. */
class OpsAlertRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @TempDir
    Path workDir;

    @Test
    void anUnreachableServiceAlertsOpsMentioningOnCall(CamSandbox sandbox) throws Exception {
        String nowhere = "http://127.0.0.1:" + RunningExamples.freePort() + "/stock";
        try (LogCapture log = LogCapture.open();
             RunningExamples examples = startInventoryCheck(sandbox, nowhere)) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).singleElement().satisfies(alert -> {
                assertThat(alert.text()).startsWith("⚠ inventory-check failed at ")
                        .contains("Connection refused", "HttpHostConnectException")
                        .doesNotContain("\n", "\tat ");
                assertThat(alert.users()).containsExactly("oncall@example.com");
            }));
            // the room has one line; the log has the stack trace the page promises
            assertThat(log.lines()).filteredOn(line -> line.startsWith("ERROR ") && line.contains("inventory-check failed: "))
                    .singleElement().asString().contains("HttpHostConnectException", "\tat ");
        }
    }

    @Test
    void aServiceAnsweringWithAnErrorAlertsWithItsStatus(CamSandbox sandbox) throws Exception {
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/stock", exchange -> {
            byte[] body = "database down".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        try (RunningExamples examples = startInventoryCheck(sandbox,
                "http://127.0.0.1:" + service.getAddress().getPort() + "/stock")) {
            await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).singleElement()
                    .satisfies(alert -> assertThat(alert.text()).contains("statusCode: 500")));
        } finally {
            service.stop(0);
        }
    }

    @Test
    void aHealthyServiceAlertsNobody(CamSandbox sandbox) throws Exception {
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/stock", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        service.start();
        try (RunningExamples examples = startInventoryCheck(sandbox,
                "http://127.0.0.1:" + service.getAddress().getPort() + "/stock")) {
            NotifyBuilder checked = new NotifyBuilder(examples.context()).fromRoute("inventory-check").whenCompleted(1).create();
            await().until(checked::matches);
            assertThat(sandbox.messages()).isEmpty();
        } finally {
            service.stop(0);
        }
    }

    @Test
    void anAlertIsRetriedWhenCamIsBusyForAMoment(CamSandbox sandbox) throws Exception {
        sandbox.faults().next(2).on("sendMessage").status(503);
        try (RunningExamples examples = startInventoryCheck(sandbox, "http://127.0.0.1:" + RunningExamples.freePort())) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).hasSize(1));
            assertThat(sandbox.requests()).hasSize(3);
        }
    }

    @Test
    void anOverlongReasonIsCutShort() {
        String reason = AlertText.reason(new IllegalStateException("x".repeat(5_000)));

        assertThat(reason).hasSize(AlertText.MAX_REASON_LENGTH).endsWith("…");
    }

    private RunningExamples startInventoryCheck(CamSandbox sandbox, String url) throws Exception {
        return RunningExamples.start(sandbox, workDir, Map.of(
                "camel.main.route-filter-include-pattern", "inventory-check,ops-alert",
                "inventory-check.enabled", "true",
                "inventory-check.url", url,
                "inventory-check.period", "1h"));
    }
}
