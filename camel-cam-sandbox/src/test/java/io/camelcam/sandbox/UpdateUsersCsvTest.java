package io.camelcam.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateUsersCsvTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static RawHttpClient.Answer upload(String csv) {
        return RawHttpClient.uploadCsv(SANDBOX.sandbox(), SANDBOX.adminToken(), csv);
    }

    private static SandboxUser user(String email) {
        return SANDBOX.sandbox().users().stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst().orElseThrow();
    }

    @Test
    void createsAndUpdatesMatchingByEmail() {
        RawHttpClient.Answer answer = upload("email,name,password,department,position,phone,role,deleted\r\n"
                + "dave@example.com,Dave,pw1,Sales,Rep,03-1,user,false\r\n"
                + "ALICE@example.com,,,Research,,,admin,\r\n");

        assertThat(answer.body()).isEqualTo("{\"status\":200,\"created\":1,\"updated\":1}");
        SandboxUser dave = user("dave@example.com");
        assertThat(dave.name()).isEqualTo("Dave");
        assertThat(dave.role()).isEqualTo("user");
        assertThat(dave.id()).hasSize(20);
        SandboxUser alice = user("alice@example.com");
        assertThat(alice.name()).as("an empty cell leaves the value").isEqualTo("Alice Tanaka");
        assertThat(alice.department()).isEqualTo("Research");
        assertThat(alice.position()).isEqualTo("エンジニア");
        assertThat(alice.role()).isEqualTo("admin");
        assertThat(alice.email()).isEqualTo("alice@example.com");
    }

    @Test
    void acceptsAnySubsetOfColumnsInAnyOrderWithABom() {
        RawHttpClient.Answer answer = upload("\uFEFFdeleted,Email\nTRUE,bob@example.com\n\n,new@example.com\n");
        assertThat(answer.json().path("created").asInt()).isEqualTo(1);
        assertThat(answer.json().path("updated").asInt()).isEqualTo(1);
        assertThat(user("bob@example.com").deleted()).isTrue();
        assertThat(user("new@example.com").name()).isEqualTo("new");
        assertThat(user("new@example.com").deleted()).isFalse();
    }

    @Test
    void reportsEachBadRowByLineAndAppliesNothing() {
        String csv = "email,name,role,deleted\n"
                + "ok@example.com,Ok,user,false\n"              // line 2
                + "x,Bad Email,user,false\n"                     // 3
                + "\n"                                           // 4 (blank lines are skipped)
                + "role@example.com,R,boss,\n"                   // 5
                + "\"multi\nline@example.com\",M,user,\n"        // 6-7
                + "deleted@example.com,D,user,maybe\n"           // 8
                + "ragged@example.com,R\n"                       // 9
                + ",No Email,user,\n"                            // 10
                + "OK@example.com,Again,user,\n";                // 11
        RawHttpClient.Answer answer = upload(csv);

        assertThat(answer.camStatus()).isEqualTo(520);
        assertThat(answer.errorMessages()).containsExactly(
                "SC_INVALID_PARAMETER: file line 3: email: 'x' is not an e-mail address",
                "SC_INVALID_PARAMETER: file line 5: role: 'boss' is not one of user, admin",
                "SC_INVALID_PARAMETER: file line 6: email: 'multi?line@example.com' is not an e-mail address",
                "SC_INVALID_PARAMETER: file line 8: deleted: 'maybe' is not true or false",
                "SC_INVALID_PARAMETER: file line 9: expected 4 columns, got 2",
                "SC_INVALID_PARAMETER: file line 10: email: missing",
                "SC_INVALID_PARAMETER: file line 11: email: 'OK@example.com' is already on line 2");
        assertThat(SANDBOX.sandbox().users()).noneMatch(u -> u.email().equals("ok@example.com"));
    }

    @Test
    void capsTheErrorsAtOneHundredAndCountsTheRest() {
        String csv = "email\n" + IntStream.range(0, 150).mapToObj(i -> "bad" + i).collect(Collectors.joining("\n"));
        RawHttpClient.Answer answer = upload(csv);
        assertThat(answer.errorMessages()).hasSize(101);
        assertThat(answer.errorMessages().get(0)).isEqualTo("SC_INVALID_PARAMETER: file line 2: email: 'bad0' is not an e-mail address");
        assertThat(answer.errorMessages().get(100)).isEqualTo("SC_INVALID_PARAMETER: file: 50 more bad rows not shown");
    }

    @Test
    void refusesBadFiles() {
        assertThat(upload("").errorMessages()).containsExactly("SC_INVALID_PARAMETER: file: empty");
        assertThat(upload("alice@example.com,Alice\n").errorMessages().get(0))
                .startsWith("SC_INVALID_PARAMETER: file: missing header");
        assertThat(upload("name,role\nA,user\n").errorMessages()).containsExactly("SC_INVALID_PARAMETER: file: no email column");
        assertThat(upload("email,nickname\n").errorMessages().get(0)).startsWith("SC_INVALID_PARAMETER: file: unknown column 'nickname'");
        assertThat(upload("email,name,name\n").errorMessages()).containsExactly("SC_INVALID_PARAMETER: file: duplicate column 'name'");
        assertThat(upload("email,,name\n").errorMessages()).containsExactly("SC_INVALID_PARAMETER: file: empty column name in column 2");
        assertThat(upload("email,name\n\"a@b.co,x\n").errorMessages().get(0)).startsWith("SC_INVALID_PARAMETER: file: malformed CSV");

        byte[] latin1 = "email,name\nz@example.com,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(RawHttpClient.uploadCsv(SANDBOX.sandbox(), SANDBOX.adminToken(), latin1).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: file: not UTF-8");
    }

    @Test
    void needsAMultipartFilePart() {
        String boundary = "b0undary";
        byte[] otherPart = RawHttpClient.multipart(boundary, "upload", "u.csv", "email\nq@example.com\n".getBytes(StandardCharsets.UTF_8));
        assertThat(RawHttpClient.postBody(SANDBOX.sandbox(), "updateUsersCSV", SANDBOX.adminToken(),
                "multipart/form-data; boundary=" + boundary, otherPart).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: file: missing");
        assertThat(RawHttpClient.post(SANDBOX.sandbox(), "updateUsersCSV", SANDBOX.adminToken(), "file", "email\n").errorMessages().get(0))
                .startsWith("SC_INVALID_PARAMETER: file: missing");
        assertThat(RawHttpClient.postBody(SANDBOX.sandbox(), "updateUsersCSV", SANDBOX.adminToken(),
                "multipart/form-data; boundary=" + boundary, "--b0undary\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nemail\n"
                        .getBytes(StandardCharsets.UTF_8)).errorMessages().get(0))
                .startsWith("SC_INVALID_PARAMETER: body: malformed multipart/form-data");
    }

    @Test
    void roundTripsAnExport() {
        String exported = RawHttpClient.post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "u.csv").body();
        RawHttpClient.Answer answer = upload(exported);
        assertThat(answer.json().path("updated").asInt()).isEqualTo(SANDBOX.sandbox().users().size());
        assertThat(answer.json().path("created").asInt()).isZero();
        assertThat(RawHttpClient.post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "u.csv").body()).isEqualTo(exported);
    }

    @Test
    void streamsALargeUpload() throws Exception {
        int rows = 200_000;
        String boundary = "----large-upload-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"
                + "email,name,department,role\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Iterator<byte[]> chunks = new Iterator<>() {
            int next = -1;

            @Override
            public boolean hasNext() {
                return next <= rows;
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                if (i < 0) {
                    return head;
                }
                if (i == rows) {
                    return tail;
                }
                ByteArrayOutputStream batch = new ByteArrayOutputStream();
                int end = Math.min(rows, i + 1000);
                for (; i < end; i++) {
                    batch.writeBytes(String.format("bulk%06d@example.com,Bulk User %d,部署%d,user%s",
                            i, i, i % 10, i == rows - 1 ? "" : "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                next = end;
                return batch.toByteArray();
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/updateUsersCSV"))
                .header(RawHttpClient.TOKEN, SANDBOX.adminToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(() -> chunks))
                .build();
        HttpResponse<String> response = RawHttpClient.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("{\"status\":200,\"created\":" + rows + ",\"updated\":0}");
        assertThat(SANDBOX.sandbox().users()).hasSize(9 + rows);
        assertThat(user("bulk199999@example.com").department()).isEqualTo("部署9");
        assertThat(SANDBOX.sandbox().requests().get(0).requestBytes()).isGreaterThan(rows * 40L);
    }
}
