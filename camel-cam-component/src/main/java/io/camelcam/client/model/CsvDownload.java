package io.camelcam.client.model;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A CSV streamed from CAM ({@code exportUsers}): read {@link #getInputStream()} to the end, or
 * close it to give the connection back early. Never buffered whole in memory.
 */
public final class CsvDownload implements Closeable {

    private final String fileName;
    private final InputStream inputStream;

    public CsvDownload(String fileName, InputStream inputStream) {
        this.fileName = fileName;
        this.inputStream = inputStream;
    }

    /** The file name CAM gave the CSV (Content-Disposition), or the requested path. */
    public String getFileName() {
        return fileName;
    }

    /** UTF-8 CSV, header row first. */
    public InputStream getInputStream() {
        return inputStream;
    }

    @Override
    public void close() throws IOException {
        inputStream.close();
    }

    @Override
    public String toString() {
        return "CsvDownload[" + fileName + "]";
    }
}
