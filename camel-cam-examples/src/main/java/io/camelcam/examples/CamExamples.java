package io.camelcam.examples;

import org.apache.camel.main.Main;

import io.camelcam.examples.alerts.InventoryCheckRoute;
import io.camelcam.examples.alerts.OpsAlertRoute;
import io.camelcam.examples.calendar.CalendarFeedRoute;
import io.camelcam.examples.filedrop.FileDropRoute;
import io.camelcam.examples.jms.JmsToChatRoute;
import io.camelcam.examples.mailtochat.MailToChatRoute;
import io.camelcam.examples.meetings.MeetingsRoute;
import io.camelcam.examples.reminders.MeetingRemindersRoute;
import io.camelcam.examples.schedule.ScheduleSyncRoute;
import io.camelcam.examples.usersync.UserSyncRoute;

/**
 * The examples as one camel-main application. With no configuration it starts the CAM sandbox and
 * an Artemis broker in this JVM, runs the {@link Demo} (each route once, with sample data) and
 * keeps running until Ctrl-C; {@code -Ddemo.exit=true} stops it after the demo.
 * <pre>
 * mvn -pl camel-cam-examples -am -DskipTests package exec:java
 * </pre>
 * Configuration: {@code application.properties}, overridden by system properties and
 * environment variables (see docs/configuration.md).
 */
public final class CamExamples {

    private final Main main = new Main();
    private final EmbeddedServices services = new EmbeddedServices();

    public CamExamples() {
        // first listener: the sandbox and broker exist before camel-main configures the components
        main.addMainListener(services);
        // routes are added one by one (no class-path scanning): what runs is what is listed here
        main.configure().addRoutesBuilder(new FileDropRoute());
        main.configure().addRoutesBuilder(new JmsToChatRoute());
        main.configure().addRoutesBuilder(new OpsAlertRoute());
        main.configure().addRoutesBuilder(new InventoryCheckRoute());
        main.configure().addRoutesBuilder(new MeetingsRoute());
        main.configure().addRoutesBuilder(new UserSyncRoute());
        main.configure().addRoutesBuilder(new ScheduleSyncRoute());
        main.configure().addRoutesBuilder(new MailToChatRoute());
        main.configure().addRoutesBuilder(new CalendarFeedRoute());
        main.configure().addRoutesBuilder(new MeetingRemindersRoute());
        // routes/file-drop.camel.yaml is loaded by camel-main itself (camel.main.routes-include-pattern)
    }

    public static void main(String[] args) throws Exception {
        CamExamples examples = new CamExamples();
        examples.main.addMainListener(new Demo(examples));
        examples.main.run(args);
    }

    /** The camel-main instance: start, stop, properties, the CamelContext. */
    public Main main() {
        return main;
    }

    /** The sandbox and broker started in this JVM, if any. */
    public EmbeddedServices services() {
        return services;
    }
}
