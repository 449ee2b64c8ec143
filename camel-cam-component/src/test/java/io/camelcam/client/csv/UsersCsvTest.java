package io.camelcam.client.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The users CSV on its own: made ready from each kind of source, checked whole, written and read back. */
class UsersCsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void bytesAreCheckedAndUploadedPastTheirByteOrderMark() {
        byte[] csv = concat(BOM, "email,name\na@example.com,A\nb@example.com,B\n".getBytes(StandardCharsets.UTF_8));

        CsvUpload upload = UsersCsv.fromBytes(csv, "u.csv");

        assertThat(upload.rows()).isEqualTo(2);
        assertThat(upload.offset()).isEqualTo(3);
        assertThat(upload.length()).isEqualTo(csv.length - 3);
        assertThat(upload.fileName()).isEqualTo("u.csv");
    }

    @Test
    void aFileIsUploadedInPlaceAndAStreamIsSpooledAndDeletedAfterwards() throws Exception {
        Path file = Files.writeString(dir.resolve("u.csv"), "email\na@example.com\n", StandardCharsets.UTF_8);
        CsvUpload inPlace = UsersCsv.fromFile(file, "u.csv");
        assertThat(inPlace.file()).isEqualTo(file);
        inPlace.discard();
        assertThat(file).exists();

        CsvUpload spooled = UsersCsv.fromStream(new ByteArrayInputStream(Files.readAllBytes(file)), "s.csv");
        assertThat(spooled.file()).isNotEqualTo(file).exists();
        assertThat(spooled.rows()).isOne();
        spooled.discard();
        assertThat(spooled.file()).doesNotExist();
    }

    @Test
    void aStreamThatIsNotValidLeavesNoSpoolFileBehind() throws Exception {
        long before = spoolFiles();
        assertThatThrownBy(() -> UsersCsv.fromStream(new ByteArrayInputStream("email\nnot-an-address\n".getBytes(StandardCharsets.UTF_8)), "s.csv"))
                .isInstanceOf(CamValidationException.class).hasMessageContaining("line 2");
        assertThat(spoolFiles()).isEqualTo(before);
    }

    @Test
    void usersAndRowsAreWrittenWithTheContractsColumnsOnly() {
        assertThat(UsersCsv.fromUsers(List.of(CamUser.of("a@example.com", "A")), "u.csv").rows()).isOne();
        CsvUpload rows = UsersCsv.fromRows(List.of(Map.of("email", "a@example.com", "department", "営業部")), "u.csv");
        assertThat(new String(rows.bytes(), StandardCharsets.UTF_8)).startsWith("email,department\r\n");
        assertThatThrownBy(() -> UsersCsv.fromRows(List.of(Map.of("email", "a@example.com", "nickname", "x")), "u.csv"))
                .isInstanceOf(CamValidationException.class).hasMessageContaining("nickname");
    }

    @Test
    void anIteratorOfAnySizeIsSpooledWithConstantMemory() {
        Iterator<CamUser> users = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < 50_000;
            }

            @Override
            public CamUser next() {
                return CamUser.of("u" + i++ + "@example.com", "User");
            }
        };

        CsvUpload upload = UsersCsv.fromIterator(users, "many.csv");

        assertThat(upload.rows()).isEqualTo(50_000);
        upload.discard();
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws Exception {
        CamUser alice = new CamUser("alice@example.com", "Alice, \"the\" first", null, "開発部", null, null, "admin", false);
        StringWriter text = new StringWriter();
        UsersCsvWriter.write(List.of(alice), text);

        List<CamUser> read = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
             UsersCsvReader reader = UsersCsvReader.open(in)) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).containsExactly(alice);
    }

    @Test
    void theValidatorNamesEachKindOfBadCsv() {
        assertRejected("", "empty");
        assertRejected("email,email\na@example.com,a@example.com\n", "duplicate column");
        assertRejected("email,role\na@example.com,root\n", "role 'root'");
        assertRejected("email,deleted\na@example.com,maybe\n", "deleted 'maybe'");
        assertRejected("email,name\na@example.com\n", "1 cells where the header has 2");
        assertThatThrownBy(() -> UsersCsv.fromBytes(new byte[] {'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28, '\n'}, "u.csv"))
                .isInstanceOf(CamValidationException.class).hasMessageContaining("UTF-8");
    }

    private static void assertRejected(String csv, String reason) {
        assertThatThrownBy(() -> UsersCsv.fromBytes(csv.getBytes(StandardCharsets.UTF_8), "u.csv"))
                .isInstanceOf(CamValidationException.class).hasMessageContaining(reason);
    }

    private static long spoolFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("camel-cam-users-")).count();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
