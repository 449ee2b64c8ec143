package io.camelcam.examples.usersync;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which department names change: a UTF-8 CSV with the header {@code from,to}, one rename a row,
 * as HR hands it over after a reorganisation.
 */
final class DepartmentRenames {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("from", "to")
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private DepartmentRenames() {
    }

    /** Reads the renames at {@code uri} ({@code file:} or {@code classpath:}); a bad row names its line. */
    static Map<String, String> load(CamelContext context, String uri) throws IOException {
        Map<String, String> renames = new HashMap<>();
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, uri);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord row : parser) {
                String where = uri + " line " + parser.getCurrentLineNumber();
                if (row.size() != 2 || row.get("from").isEmpty() || row.get("to").isEmpty()) {
                    throw new IllegalArgumentException(where + ": expected two names, from and to");
                }
                if (renames.put(row.get("from"), row.get("to")) != null) {
                    throw new IllegalArgumentException(where + ": '" + row.get("from") + "' is renamed twice");
                }
            }
        }
        return renames;
    }
}
