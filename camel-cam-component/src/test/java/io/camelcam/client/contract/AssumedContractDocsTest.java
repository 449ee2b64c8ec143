package io.camelcam.client.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the known-versus-assumed table of docs/cam-component.adoc equal to {@link AssumedContract#TERMS}, the
 * code's single list. Run with {@code -Dcam.docs.update=true} to rewrite it after changing the list.
 */
class AssumedContractDocsTest {

    static final Path DOC = Path.of("../docs/cam-component.adoc");
    static final String BEGIN = "// assumed-contract:begin\n";
    static final String END = "// assumed-contract:end";

    @Test
    void theDocumentedTableIsTheCodesList() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("marker " + BEGIN.trim()).isNotNegative();
        assertThat(to).as("marker " + END).isGreaterThan(from);
        String expected = doc.substring(0, from + BEGIN.length()) + table() + doc.substring(to);
        if (Boolean.getBoolean("cam.docs.update") && !expected.equals(doc)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc).as("docs/cam-component.adoc is out of date: rerun with -Dcam.docs.update=true").isEqualTo(expected);
    }

    @Test
    void everyTermIsListedOnceAndSaysWhereItComesFrom() {
        Set<String> keys = new HashSet<>();
        for (ContractTerm term : AssumedContract.TERMS) {
            assertThat(keys.add(term.operation() + " " + term.kind() + " " + term.name())).as("%s", term).isTrue();
            assertThat(term.note()).as("%s", term).isNotBlank().doesNotContain("|").doesNotContain("{");
        }
        assertThat(AssumedContract.TERMS).extracting(ContractTerm::name)
                .contains(AssumedContract.QUICK_CALL_URL_FIELD, AssumedContract.USERS_CREATED_FIELD,
                        AssumedContract.RESERVATION_DATE_FIELD, AssumedContract.CODE_PERMISSION_DENIED,
                        AssumedContract.CODE_NOT_FOUND, AssumedContract.CODE_INVALID_PARAMETER);
        assertThat(AssumedContract.expectedAnswerFields("getConferenceRooms"))
                .isEqualTo(AssumedContract.expectedAnswerFields("getConferenceMaster")).contains("conferenceRooms");
        assertThat(AssumedContract.expectedAnswerFields("sendMessage")).isEmpty();
    }

    static String table() {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"2,2,3,2,5\",options=\"header\"]\n|===\n| Operation | Kind | Name | Basis | Note\n");
        for (ContractTerm term : AssumedContract.TERMS) {
            out.append("| ").append(ContractTerm.ALL_OPERATIONS.equals(term.operation()) ? "every operation" : term.operation())
                    .append(" | ").append(term.kind().label())
                    .append(" | `").append(term.name()).append('`')
                    .append(" | ").append(term.basis() == ContractTerm.Basis.ASSUMED ? "*assumed*" : term.basis().label())
                    .append(" | ").append(term.note()).append('\n');
        }
        return out.append("|===\n").toString();
    }
}
