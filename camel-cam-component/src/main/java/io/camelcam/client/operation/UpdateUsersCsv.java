package io.camelcam.client.operation;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.csv.CsvUpload;
import io.camelcam.client.model.UsersUpdateResult;

/**
 * {@code updateUsersCSV} (administrator token): multipart part {@code file} with a CSV already
 * validated by {@link io.camelcam.client.csv.UsersCsv}; the answer counts created and updated
 * users (assumed fields; -1 when CAM does not report one).
 */
public record UpdateUsersCsv(CsvUpload csv) implements JsonCall<UsersUpdateResult> {

    public static final String OPERATION = "updateUsersCSV";

    public UpdateUsersCsv {
        java.util.Objects.requireNonNull(csv, "csv");
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public RequestBody body() {
        return new RequestBody.Multipart(AssumedContract.USERS_CSV_PART, csv);
    }

    @Override
    public void release() {
        csv.discard();
    }

    @Override
    public UsersUpdateResult decode(JsonNode root) {
        return new UsersUpdateResult(count(root, AssumedContract.USERS_CREATED_FIELD),
                count(root, AssumedContract.USERS_UPDATED_FIELD));
    }

    private static int count(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return -1;
        }
        if (!node.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' is not a number: " + node);
        }
        return node.asInt();
    }
}
