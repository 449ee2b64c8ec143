package io.camelcam.sandbox.internal.ops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.UserPatch;
import io.camelcam.sandbox.internal.state.UserStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The validated rows of an upload larger than {@link UserCsvImport#ROWS_IN_MEMORY} wait in a temporary
 * file: here the bound is set to 2 rows so a small file takes that path.
 */
class UserCsvImportTest {

    private static final String CSV = "email,name,department,position,phone,role,deleted\r\n"
            + "a@example.com,Ann,,,,,\r\n"
            + "b@example.com,\"Bé, \"\"B\"\"\",部署,Lead,03-1,admin,true\r\n"
            + "c@example.com,,Sales,,,user,FALSE\r\n"
            + "user0000002@synthetic.example,Two,,,,,\r\n";

    private static UserStore store() {
        UserStore users = new UserStore();
        users.reset(List.of(), 10);
        return users;
    }

    private static ValidatedRows read(String csv, UserStore users, int rowsInMemory) throws IOException {
        return UserCsvImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), users, rowsInMemory);
    }

    @Test
    void rowsBeyondTheBoundComeBackFromTheFileAsTheyWereRead() throws IOException {
        List<UserPatch> inMemory = new ArrayList<>();
        List<UserPatch> spilled = new ArrayList<>();
        try (ValidatedRows rows = read(CSV, store(), 100)) {
            assertThat(rows.spillFile()).isNull();
            rows.forEach(inMemory::add);
        }
        ValidatedRows rows = read(CSV, store(), 2);
        try (rows) {
            assertThat(rows.spillFile()).exists();
            rows.forEach(spilled::add);
        }

        assertThat(spilled).hasSize(4).isEqualTo(inMemory);
        assertThat(spilled.get(1)).isEqualTo(new UserPatch("b@example.com", "Bé, \"B\"", "部署", "Lead", "03-1", "admin", true));
        assertThat(spilled.get(2)).isEqualTo(new UserPatch("c@example.com", null, "Sales", null, null, "user", false));
        assertThat(spilled.get(0).deleted()).isNull();
        assertThat(rows.spillFile()).as("deleted on close").isNull();
    }

    @Test
    void aSpilledUploadAppliesLikeAnyOther() throws IOException {
        UserStore users = store();
        try (ValidatedRows rows = read(CSV, users, 1)) {
            assertThat(users.apply(rows)).isEqualTo(new UserStore.Applied(3, 1));
        }
        assertThat(users.find("user0000002@synthetic.example").orElseThrow().name()).isEqualTo("Two");
        assertThat(users.find("b@example.com").orElseThrow().deleted()).isTrue();
        assertThat(users.size()).isEqualTo(13);
    }

    @Test
    void aBadRowAfterTheSpillFailsTheUploadAndDropsTheFile() throws IOException {
        Set<Path> before = spillFiles();

        assertThatThrownBy(() -> read(CSV + "user0000002@SYNTHETIC.example,Again,,,,,\r\n", store(), 1))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("file line 6: email: 'user0000002@SYNTHETIC.example' is already on line 5");
        assertThat(spillFiles()).isSubsetOf(before);
    }

    private static Set<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("cam-sandbox-users")).collect(Collectors.toSet());
        }
    }
}
