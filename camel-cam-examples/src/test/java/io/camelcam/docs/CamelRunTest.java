package io.camelcam.docs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.apache.camel.main.KameletMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/camel-run.md: the route files and the properties file it shows, run by KameletMain, the main
 * class behind {@code camel run}: no Java route, nothing bound by hand. Only what the command line
 * would say differs: the sandbox's URL and token are given as {@code --prop} would give them, and
 * nothing is downloaded, as the test's classpath already holds the jars {@code --dep} would fetch.
 */
class CamelRunTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** Through the repository's root: the docs' samples run in a working directory under target/. */
    static final Path FILES = DocsSamplesTest.ROOT.resolve("camel-cam-examples/src/test/resources/camel-run");

    KameletMain main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    /** camel run [files...] application.properties --prop=cam.server-url=... --prop=cam.api-token=... */
    void camelRun(String... routeFiles) {
        main = new KameletMain("camel-cam-docs");
        main.setDownload(false);
        main.setPropertyPlaceholderLocations("file:" + FILES.resolve("application.properties"));
        StringBuilder routes = new StringBuilder();
        for (String file : routeFiles) {
            routes.append(routes.length() == 0 ? "" : ",").append("file:").append(FILES.resolve(file));
        }
        main.addInitialProperty("camel.main.routes-include-pattern", routes.toString());
        main.addOverrideProperty("cam.server-url", SANDBOX.url());
        main.addOverrideProperty("cam.api-token", SANDBOX.userToken());
        main.start();
    }

    @Test
    void theCamRouteFileSendsItsMessage(CamSandbox sandbox) {
        camelRun("routes.yaml");

        await().atMost(Duration.ofSeconds(20)).until(() -> !sandbox.messagesIn("ops").isEmpty());
        assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text).containsExactly("Hello from camel run");
    }

    @Test
    void theKameletRouteFileWatchesReservationsAndCallsAStandUp(CamSandbox sandbox) {
        camelRun("kamelets.yaml");

        await().atMost(Duration.ofSeconds(20)).until(() -> !sandbox.messagesIn("ops").isEmpty());
        String url = sandbox.quickCalls().get(0).url();
        assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text).containsExactly("Stand-up now: " + url);

        // the source's first poll takes the schedule as its baseline; what is booked after it is news
        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.requests().stream()
                .anyMatch(r -> "getConferenceRoomStatus".equals(r.operation())));
        YearMonth month = YearMonth.now();
        LocalDateTime start = month.atEndOfMonth().atTime(10, 0);
        SandboxReservation booked = sandbox.putReservation(
                new SandboxReservation(null, "CR003", null, "Design review", start, start.plusHours(1), "alice", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !sandbox.messagesIn("general").isEmpty());
        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("Reservation " + booked.id() + ": CREATED");
    }
}
