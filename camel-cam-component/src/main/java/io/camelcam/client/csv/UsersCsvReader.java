package io.camelcam.client.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.camelcam.client.model.CamUser;

/**
 * Reads a users CSV (as exportUsers streams it) one user at a time; closing it closes the stream.
 * Unknown columns are ignored, empty cells read as null. A stream that breaks off surfaces as the
 * {@link UncheckedIOException} of {@link #hasNext()}, whose cause says what happened.
 */
public final class UsersCsvReader implements Iterator<CamUser>, Closeable {

    /** Starts reading {@code csv}; the header is read at once. */
    public static UsersCsvReader open(InputStream csv) {
        try {
            CSVParser parser = CSVParser.builder().setReader(UsersCsvFormat.utf8Reader(csv, CodingErrorAction.REPLACE))
                    .setFormat(UsersCsvFormat.READ).get();
            return new UsersCsvReader(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private UsersCsvReader(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        boolean more = records.hasNext();
        if (!more) {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return more;
    }

    @Override
    public CamUser next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord r = records.next();
        String deleted = cell(r, "deleted");
        return new CamUser(cell(r, "email"), cell(r, "name"), cell(r, "password"), cell(r, "department"),
                cell(r, "position"), cell(r, "phone"), cell(r, "role"),
                deleted == null ? null : Boolean.valueOf(deleted.trim()));
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String value = r.get(column);
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
