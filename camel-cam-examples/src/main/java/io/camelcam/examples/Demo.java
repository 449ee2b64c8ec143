package io.camelcam.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.SandboxReservation;

/**
 * Runs each example once with the sample data in {@code samples/}, then says where to look. It
 * only runs against the embedded sandbox: sample users and messages have no business in a real
 * CAM. With {@code demo.exit=true} the application stops once the demo is done.
 */
final class Demo extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final CamExamples examples;

    Demo(CamExamples examples) {
        this.examples = examples;
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        if (examples.services().sandbox().isEmpty()) {
            LOG.info("A CAM server is configured: the demo's sample data is not sent there. The routes are running.");
            return;
        }
        // its own thread: afterStart must return for camel-main to finish starting
        Thread demo = new Thread(() -> run(main, examples.services().sandbox().get()), "demo");
        demo.setDaemon(true);
        demo.start();
    }

    private void run(BaseMainSupport main, CamSandbox sandbox) {
        CamelContext context = main.getCamelContext();
        PropertiesComponent properties = context.getPropertiesComponent();
        boolean exit = Boolean.parseBoolean(properties.resolveProperty("demo.exit").orElse("false"));
        try {
            Map<String, NotifyBuilder> routesDone = new LinkedHashMap<>();
            routesDone.put("file-drop", whenDone(context, "file-drop", 4));
            routesDone.put("file-drop-yaml", whenDone(context, "file-drop-yaml", 1));
            routesDone.put("jms-to-chat", whenDone(context, "jms-to-chat", 2));
            routesDone.put("inventory-check", whenDone(context, "inventory-check", 1));
            routesDone.put("schedule-sync", whenDone(context, "schedule-sync", 1));
            Optional<EmbeddedMailServer> mail = examples.services().mailServer();
            if (mail.isPresent()) {
                routesDone.put("mail-to-chat", whenDone(context, "mail-to-chat", 1));
            }

            // 1 and 7: files into both inboxes, one of them naming a room that does not exist
            Path inbox = Path.of(properties.parseUri("{{file-drop.inbox}}"));
            Path yamlInbox = Path.of(properties.parseUri("{{file-drop.yaml-inbox}}"));
            for (String sample : new String[] {"welcome.txt", "messages.json", "new-users.csv", "to-unknown-room.json"}) {
                copySample("inbox/" + sample, inbox);
            }
            copySample("inbox-yaml/hello-from-yaml.txt", yamlInbox);

            // 2: two JMS messages, the second to a room CAM does not know: it ends in the dead-letter queue
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBody("jms:queue:{{jms-to-chat.queue}}", "Order 1042 has shipped (sent through JMS)");
            template.sendBodyAndHeader("jms:queue:{{jms-to-chat.queue}}", "This one cannot be delivered",
                    "room", "no-such-room");

            // 3: the inventory check calls a service that is not there, and ops gets an alert
            context.getRouteController().startRoute("inventory-check");

            // 4: the groupware asks for a quick call
            String meeting = postMeeting(properties.parseUri("http://localhost:{{camel.server.port}}/meetings"));

            // 8: a mail arrives in the team mailbox; mail to chat posts it to ops (its subject tag)
            mail.ifPresent(server -> server.send("alice@example.com", "[ops] Backup finished",
                    "The nightly backup finished at 02:14.\nNothing to do."));

            // 6: the nightly user sync, now
            template.sendBody("direct:user-sync", null);

            // 5: once the schedule sync has taken its baseline, someone books a meeting room for today
            bookAMeetingForToday(sandbox, properties);

            for (Map.Entry<String, NotifyBuilder> route : routesDone.entrySet()) {
                if (!route.getValue().matches(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("Demo: route {} did not finish within {} s", route.getKey(), PATIENCE.toSeconds());
                }
            }
            template.close();
            printSummary(sandbox, inbox, yamlInbox, meeting, properties, mail);
        } catch (Exception e) {
            LOG.error("The demo failed: {}", e.getMessage(), e);
        } finally {
            if (exit) {
                examples.main().completed();
            }
        }
    }

    private static void bookAMeetingForToday(CamSandbox sandbox, PropertiesComponent properties) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (sandbox.requests().stream().noneMatch(r -> "getConferenceRoomStatus".equals(r.operation()))) {
            if (System.nanoTime() > deadline) {
                LOG.warn("Demo: the schedule sync has not polled CAM yet; skipping its step");
                return;
            }
            Thread.sleep(200);
        }
        ZoneId zone = ZoneId.of(properties.parseUri("{{schedule-sync.time-zone}}"));
        LocalDateTime start = LocalDate.now(zone).atTime(14, 0);
        // a poll is under way or done: the booking below is a change the next poll sees
        Thread.sleep(500);
        sandbox.putReservation(new SandboxReservation("DEMO-1", "CR001", "会議室A", "Demo: design review",
                start, start.plusHours(1), "alice", null));
    }

    private static NotifyBuilder whenDone(CamelContext context, String routeId, int exchanges) {
        return new NotifyBuilder(context).fromRoute(routeId).whenDone(exchanges).create();
    }

    private static void copySample(String sample, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (InputStream in = Demo.class.getResourceAsStream("/samples/" + sample)) {
            if (in == null) {
                throw new IOException("sample " + sample + " is missing from the class path");
            }
            Path target = directory.resolve(Path.of(sample).getFileName().toString());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** POSTs a meeting request; returns what a person needs to see, without the password. */
    private static String postMeeting(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Design review\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            return "HTTP " + response.statusCode() + " " + response.body();
        }
        JsonNode meeting = new ObjectMapper().readTree(response.body());
        return "HTTP 201, url " + meeting.path("url").asText() + ", expires " + meeting.path("expiresAt").asText()
                + ", password " + "*".repeat(meeting.path("password").asText().length()) + " (in the answer, not shown)";
    }

    private static void printSummary(CamSandbox sandbox, Path inbox, Path yamlInbox, String meeting,
            PropertiesComponent properties, Optional<EmbeddedMailServer> mail) {
        String port = properties.resolveProperty("camel.server.port").orElse("8180");
        System.out.println("""

                ==============================================================================
                 camel-cam examples: the demo has run. Watch the chat rooms at
                   %s/_sandbox/
                 (%d messages so far: rooms general, ops and test, and direct messages)

                 file drop      %s  (processed: .done/, failed: .error/ with a .reason.txt)
                 YAML twin      %s
                 JMS            queue '%s', dead letters in '%s'
                 quick call     POST /meetings -> %s
                 schedule       changes appended to %s
                 calendar       http://localhost:%s/calendar/rooms.ics (one room: /calendar/rooms/CR001.ics)
                 mail to chat   %s

                 Try it yourself:
                   echo "Hello from a file" > %s/hello.txt
                   curl -X POST http://localhost:%s/meetings -H 'Content-Type: application/json' -d '{"title": "Standup"}'
                 %s
                ==============================================================================
                """.formatted(sandbox.url(), sandbox.messageCount(), inbox.toAbsolutePath(), yamlInbox.toAbsolutePath(),
                properties.resolveProperty("jms-to-chat.queue").orElse("chat"),
                properties.resolveProperty("jms.dead-letter-queue").orElse("DLQ"), meeting,
                Path.of(properties.parseUri("{{schedule-sync.feed-file}}")).toAbsolutePath(), port,
                mail.map(server -> "mailbox " + server.address() + " (user " + server.user() + ") at " + server.host()
                        + ": SMTP port " + server.smtpPort() + ", IMAP port " + server.imapPort()
                        + "; subject [ops] -> room ops").orElse("off (mail.host is set: see the log)"),
                inbox.toAbsolutePath(), port,
                Boolean.parseBoolean(properties.resolveProperty("demo.exit").orElse("false"))
                        ? "Stopping now (demo.exit=true)." : "Press Ctrl-C to stop."));
    }
}
