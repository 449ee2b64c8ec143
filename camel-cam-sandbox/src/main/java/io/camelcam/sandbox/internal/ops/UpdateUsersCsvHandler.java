package io.camelcam.sandbox.internal.ops;

import java.io.IOException;

import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.http.MalformedMultipartException;
import io.camelcam.sandbox.internal.http.MultipartReader;
import io.camelcam.sandbox.internal.state.SandboxState;
import io.camelcam.sandbox.internal.state.UserStore;

/**
 * {@code updateUsersCSV} (administrator): multipart part {@code file} is a user CSV; rows are matched by
 * e-mail and created or updated, all or none. The body is read as a stream from start to end; the validated
 * rows of a large file wait on disk, not in the heap, until the whole file has passed.
 */
final class UpdateUsersCsvHandler implements OperationHandler {

    private final SandboxState state;

    UpdateUsersCsvHandler(SandboxState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return "updateUsersCSV";
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public Reply handle(OperationRequest request) throws IOException {
        String boundary = MultipartReader.boundary(request.contentType());
        if (boundary == null) {
            throw RequestRefusedException.invalid("file", "missing: expected a multipart/form-data body with a part named 'file'");
        }
        try {
            MultipartReader parts = new MultipartReader(request.body(), boundary);
            for (MultipartReader.Part part = parts.next(); part != null; part = parts.next()) {
                if ("file".equals(part.name())) {
                    try (ValidatedRows rows = UserCsvImport.read(part.body(), state.users(), UserCsvImport.ROWS_IN_MEMORY)) {
                        while (parts.next() != null) {
                            // read to the closing boundary so the connection can carry the next request
                        }
                        UserStore.Applied applied = state.users().apply(rows);
                        return JsonReplies.ok(JsonTrees.object().put("created", applied.created()).put("updated", applied.updated()));
                    }
                }
            }
        } catch (MalformedMultipartException e) {
            throw RequestRefusedException.invalid("body", "malformed multipart/form-data (" + e.getMessage() + ")");
        }
        throw RequestRefusedException.invalid("file", "missing");
    }
}
