package io.camelcam.client.operation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.camelcam.client.csv.CsvUpload;
import io.camelcam.client.csv.UsersCsv;
import io.camelcam.client.model.UsersUpdateResult;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateUsersCsvTest {

    @Test
    void theCsvTravelsAsTheMultipartFilePartAndTheCountsAreRead() throws Exception {
        CsvUpload csv = UsersCsv.fromBytes("email,name\na@example.com,A\n".getBytes(StandardCharsets.UTF_8), "u.csv");
        UpdateUsersCsv call = new UpdateUsersCsv(csv);

        assertThat(call.body()).isInstanceOfSatisfying(RequestBody.Multipart.class, part -> {
            assertThat(part.partName()).isEqualTo("file");
            assertThat(part.csv().rows()).isEqualTo(1);
        });
        assertThat(call.idempotent()).isFalse();
        assertThat(call.decode(WireFields.answer("{\"status\":200,\"created\":1,\"updated\":2}")))
                .isEqualTo(new UsersUpdateResult(1, 2));
    }
}
