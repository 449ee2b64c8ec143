package io.camelcam.client.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

/** What reading, checking and writing CAM's users CSV share: its CSV dialect, UTF-8, the byte-order mark. */
final class UsersCsvFormat {

    /** The name CAM's users CSV goes by in messages: the operation it is uploaded with. */
    static final String OPERATION = "updateUsersCSV";
    /** The buffer of every file and stream the CSV passes through. */
    static final int BUFFER = 64 * 1024;

    static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    static final CSVFormat WRITE = CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\r\n")
            .get();

    private UsersCsvFormat() {
    }

    /** UTF-8 text past any byte-order mark; bad bytes are reported or replaced as asked. */
    static Reader utf8Reader(InputStream in, CodingErrorAction onMalformed) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(onMalformed)
                .onUnmappableCharacter(onMalformed);
        return new BomSkippingReader(new InputStreamReader(in, decoder));
    }

    /** 3 when the bytes start with UTF-8's byte-order mark, else 0: where the CSV itself starts. */
    static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }

    static int bomOffset(Path file) throws IOException {
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 3) == 3 ? bomLength(head) : 0;
        }
    }
}
