package io.camelcam.sandbox.internal.ops;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.SandboxState;
import io.camelcam.sandbox.internal.state.UserStore;

/**
 * {@code exportUsers} (administrator): the users as CSV, streamed record by record so a million users
 * never exist as one string (nor, synthetic ones, as objects: they are generated as they are written). {@code path} only names the download. The password column is always
 * empty: a server never hands out passwords.
 */
final class ExportUsersHandler implements OperationHandler {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(UserCsvColumns.COLUMNS.toArray(String[]::new))
            .get();
    private static final int WRITE_BUFFER = 64 * 1024;
    /** RFC 5987 attr-char, besides letters and digits: what {@code filename*} may carry unescaped. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private final SandboxState state;

    ExportUsersHandler(SandboxState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return "exportUsers";
    }

    @Override
    public boolean acceptsGet() {
        return true;
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public Reply handle(OperationRequest request) {
        String path = request.param("path");
        if (path == null || path.isBlank()) {
            throw RequestRefusedException.invalid("path", "missing");
        }
        if (path.strip().length() > SandboxLimits.MAX_EXPORT_PATH_CHARS) {
            throw RequestRefusedException.invalid("path", "longer than " + SandboxLimits.MAX_EXPORT_PATH_CHARS + " characters");
        }
        UserStore.Listing users = state.users().listing();
        return Reply.stream("text/csv; charset=UTF-8", Map.of("Content-Disposition", contentDisposition(path.strip())),
                out -> write(users, out));
    }

    private static void write(UserStore.Listing users, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), WRITE_BUFFER);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            // no ids: the CSV has no id column, and generating a synthetic user's id costs a SHA-256
            users.forEach(false, u -> {
                try {
                    printer.printRecord(u.email(), u.name(), "", u.department(), u.position(), u.phone(), u.role(),
                            u.deleted());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * {@code attachment; filename="..."} with quotes, backslashes and control characters replaced (they
     * would break or inject headers) and non-ASCII replaced too, the full name then going in
     * {@code filename*} (RFC 6266), since header values travel as ISO-8859-1.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        boolean nonAscii = false;
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            boolean unsafe = c < 0x20 || c == 0x7f || c == '"' || c == '\\';
            nonAscii |= c > 0x7e;
            ascii.append(unsafe || c > 0x7e ? '_' : c);
        }
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!nonAscii) {
            return header;
        }
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return header + "; filename*=UTF-8''" + encoded;
    }
}
