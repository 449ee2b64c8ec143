package io.camelcam.client.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A users CSV that has passed validation and is ready to upload, held either in memory or in a
 * file (the caller's own file, or a temporary copy spooled from a stream, deleted by
 * {@link #discard()}). Never both, never the whole of a file in memory.
 */
public final class CsvUpload {

    private final String fileName;
    private final byte[] bytes;
    private final Path file;
    private final boolean temporary;
    private final long offset;
    private final long length;
    private final long rows;

    private CsvUpload(String fileName, byte[] bytes, Path file, boolean temporary, long offset, long length, long rows) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.file = file;
        this.temporary = temporary;
        this.offset = offset;
        this.length = length;
        this.rows = rows;
    }

    static CsvUpload inMemory(String fileName, byte[] bytes, int offset, long rows) {
        return new CsvUpload(fileName, bytes, null, false, offset, bytes.length - offset, rows);
    }

    static CsvUpload inFile(String fileName, Path file, boolean temporary, long offset, long rows) throws IOException {
        return new CsvUpload(fileName, null, file, temporary, offset, Files.size(file) - offset, rows);
    }

    /** The file name sent in the multipart part. */
    public String fileName() {
        return fileName;
    }

    /** In-memory content, or null when the CSV lives in {@link #file()}. */
    public byte[] bytes() {
        return bytes;
    }

    public Path file() {
        return file;
    }

    /** Where the CSV starts: past a UTF-8 byte-order mark, which is not sent. */
    public long offset() {
        return offset;
    }

    /** Bytes to send. */
    public long length() {
        return length;
    }

    /** User rows validated (header excluded). */
    public long rows() {
        return rows;
    }

    /** Deletes a temporary spool file; a caller's own file is left alone. */
    public void discard() {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return "CsvUpload[" + fileName + ", " + rows + " rows, " + length + " bytes]";
    }
}
