package io.camelcam.examples.schedule;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.camelcam.client.model.RoomReservation;
import io.camelcam.component.api.CamConstants;

/**
 * The feed other systems read: one CSV line per reservation change, appended to a file (header
 * row first when the file is new). Written with Commons CSV so titles with commas, quotes or
 * line breaks stay one record.
 */
public final class ScheduleFeed {

    static final String[] COLUMNS = { "changedAt", "change", "reservationId", "roomId", "roomName", "title", "start",
            "end", "userId", "updatedAt" };

    private final Path file;
    private final Clock clock;

    public ScheduleFeed(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Appends one change; synchronized because a route may run consumers concurrently. */
    public synchronized void append(@Body RoomReservation reservation, @Header(CamConstants.CHANGE_TYPE) String change)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (fresh) {
                csv.printRecord((Object[]) COLUMNS);
            }
            csv.printRecord(Instant.now(clock), change, reservation.id(), reservation.roomId(), reservation.roomName(),
                    reservation.title(), reservation.start(), reservation.end(), reservation.userId(),
                    reservation.updatedAt());
        }
    }
}
