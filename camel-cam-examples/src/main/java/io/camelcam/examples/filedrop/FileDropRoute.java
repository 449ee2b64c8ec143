package io.camelcam.examples.filedrop;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Files dropped into the inbox become CAM messages:
 * <ul>
 * <li>{@code .txt}: one message to the room {@code file-drop.room};</li>
 * <li>{@code .json}: the manual's {@code messages.json} ({@code messages=[...]}), sent with
 * sendMessages, all or none;</li>
 * <li>{@code .csv}: users, created or updated with updateUsersCSV (administrator token).</li>
 * </ul>
 * A processed file moves to {@code .done/}; a failed one to {@code .error/}, with a
 * {@code .reason.txt} beside it that says why. {@code routes/file-drop.camel.yaml} is the same
 * route in YAML.
 */
public class FileDropRoute extends RouteBuilder {

    /**
     * Archived names start with the time the file was picked up, so dropping {@code report.csv}
     * twice never overwrites the first one's archive (or its reason).
     */
    static final String ARCHIVED_NAME = "${date:exchangeCreated:yyyyMMdd-HHmmss.SSS}-${file:name}";

    static final String REASON = """
            ${file:name} was not sent to CAM (${date:now:yyyy-MM-dd HH:mm:ss}).
            Reason: ${exception.message}
            Fix the file and drop it into the inbox again.
            """;

    @Override
    public void configure() {
        // tag::route[]
        // Not handled: the file component must still see the failure and move the file to .error/.
        // Before it does, the reason is written beside it, where the person who dropped it looks.
        onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .log(LoggingLevel.WARN, "${file:name} moved to .error/: ${exception.message}")
                .setBody(simple(REASON))
                .to("file:{{file-drop.inbox}}/.error?charset=UTF-8&fileName=" + ARCHIVED_NAME + ".reason.txt");

        // readLock=changed: a file still being written is left alone until its size stops changing
        from("file:{{file-drop.inbox}}?charset=UTF-8&readLock=changed&readLockCheckInterval=500&readLockMinLength=0"
                + "&move=.done/" + ARCHIVED_NAME + "&moveFailed=.error/" + ARCHIVED_NAME)
                .routeId("file-drop")
                // retryOn: when CAM answers 429 or 503, or cannot be reached, it has not taken the file's
                // content, so the component may safely ask again before the file is given up on
                .choice()
                    .when(simple("${file:ext} =~ 'txt'"))
                        .to("cam:sendMessage?room={{file-drop.room}}&retryOn=429,503,connect")
                    .when(simple("${file:ext} =~ 'json'"))
                        .to("cam:sendMessages?room={{file-drop.room}}&retryOn=429,503,connect")
                    .when(simple("${file:ext} =~ 'csv'"))
                        .to("cam:updateUsersCSV?retryOn=429,503,connect")
                    .otherwise()
                        .throwException(IllegalArgumentException.class,
                                "only .txt (one message), .json (messages.json) and .csv (users) files are sent")
                .end()
                .log("${file:name} sent to CAM, moved to .done/");
        // end::route[]
    }
}
