package io.camelcam.client.operation;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.client.validation.FieldChecks;

/**
 * {@code exportUsers} (administrator token): field {@code path} names the file; the answer is the
 * CSV itself, streamed (assumed, see {@link AssumedContract}).
 */
public record ExportUsers(String path) implements StreamCall<CsvDownload> {

    public static final String OPERATION = "exportUsers";

    public ExportUsers {
        path = path == null ? AssumedContract.EXPORT_DEFAULT_PATH : FieldChecks.requireLine(OPERATION, "path", path);
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public RequestBody body() {
        return RequestBody.Form.of("path", path);
    }

    @Override
    public String requestedFileName() {
        return path;
    }

    @Override
    public CsvDownload decode(CsvDownload download) {
        return download;
    }
}
