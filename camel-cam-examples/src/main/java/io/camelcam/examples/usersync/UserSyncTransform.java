package io.camelcam.examples.usersync;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CAM's users CSV (exportUsers) as it streams in and writes the changes for updateUsersCSV:
 * one {@code email,department} row for each user whose department is renamed. Deleted users are
 * left alone. One row in memory at a time, so a million users take no more memory than ten; the
 * changes go to a temporary file, deleted when the exchange is done.
 * <p>
 * Out: the body is the changes file; headers {@link #USERS_READ} and {@link #USERS_CHANGED}.
 */
public class UserSyncTransform implements Processor {

    public static final String USERS_READ = "UserSyncRead";
    public static final String USERS_CHANGED = "UserSyncChanged";

    private static final Logger LOG = LoggerFactory.getLogger(UserSyncTransform.class);
    private static final CSVFormat EXPORT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    private static final CSVFormat CHANGES = CSVFormat.DEFAULT.builder()
            .setHeader("email", "department")
            .setRecordSeparator("\r\n")
            .get();

    private final String renamesUri;
    private final long progressEvery;

    public UserSyncTransform(String renamesUri, long progressEvery) {
        if (progressEvery < 1) {
            throw new IllegalArgumentException("user-sync.progress-every must be at least 1, got " + progressEvery);
        }
        this.renamesUri = renamesUri;
        this.progressEvery = progressEvery;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        // read at each run, so tonight's sync uses the file HR updated today
        Map<String, String> renames = DepartmentRenames.load(exchange.getContext(), renamesUri);
        Path changes = Files.createTempFile("user-sync-", ".csv");
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                changes.toFile().delete();
            }
        });

        long read = 0;
        long changed = 0;
        try (InputStream export = exchange.getMessage().getMandatoryBody(InputStream.class);
             Reader reader = new InputStreamReader(export, StandardCharsets.UTF_8);
             CSVParser users = CSVParser.builder().setReader(reader).setFormat(EXPORT).get();
             Writer writer = Files.newBufferedWriter(changes, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CHANGES)) {
            for (CSVRecord user : users) {
                read++;
                String renamed = renames.get(user.get("department"));
                if (renamed != null && !"true".equalsIgnoreCase(user.get("deleted"))) {
                    out.printRecord(user.get("email"), renamed);
                    changed++;
                }
                if (read % progressEvery == 0) {
                    LOG.info("user-sync: {} users read, {} to update", read, changed);
                }
            }
        }
        LOG.info("user-sync: done reading, {} users read, {} to update", read, changed);
        exchange.getMessage().setHeader(USERS_READ, read);
        exchange.getMessage().setHeader(USERS_CHANGED, changed);
        exchange.getMessage().setBody(changes);
    }
}
