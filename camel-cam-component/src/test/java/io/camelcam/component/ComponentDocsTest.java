package io.camelcam.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/cam-component.adoc true to the generated cam.json: the options and headers tables
 * between the START/END markers must be exactly what cam.json says. Run with
 * {@code -Dcam.docs.update=true} to rewrite them after changing an option or header.
 */
class ComponentDocsTest {

    static final Path CATALOG = Path.of("target/classes/META-INF/io/camelcam/component/cam.json");
    static final Path DOC = Path.of("../docs/cam-component.adoc");

    @Test
    void optionAndHeaderTablesMatchTheCatalog() throws IOException {
        JsonNode catalog = new ObjectMapper().readTree(CATALOG.toFile());
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = doc;
        expected = replace(expected, "component options", table(catalog.get("componentProperties"), true));
        expected = replace(expected, "endpoint options", table(catalog.get("properties"), false));
        expected = replace(expected, "headers", headers(catalog.get("headers")));
        if (Boolean.getBoolean("cam.docs.update") && !expected.equals(doc)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc).as("docs/cam-component.adoc is out of date: rerun with -Dcam.docs.update=true").isEqualTo(expected);

        assertThat(catalog.at("/properties/apiToken/secret").asBoolean()).isTrue();
        assertThat(catalog.at("/properties/password/secret").asBoolean()).isTrue();
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            assertThat(option.getValue().path("description").asText()).as(option.getKey()).isNotBlank();
            assertThat(option.getValue().path("group").asText()).as(option.getKey()).isNotBlank();
        }
    }

    private static String replace(String doc, String marker, String table) {
        String start = "// " + marker + ": START\n";
        String end = "// " + marker + ": END";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertThat(from).as("marker " + start.trim()).isNotNegative();
        assertThat(to).as("marker " + end).isGreaterThan(from);
        return doc.substring(0, from + start.length()) + table + doc.substring(to);
    }

    private static String table(JsonNode options, boolean component) {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            String name = e.getKey() + (o.path("required").asBoolean() ? " (required)" : "");
            String group = o.path("group").asText();
            out.append("| *").append(name).append("* (").append(group).append(")")
                    .append(o.path("secret").asBoolean() ? " _secret_" : "")
                    .append(" | ").append(escape(o.path("description").asText()))
                    .append(" | ").append(o.has("defaultValue") ? escape(o.get("defaultValue").asText()) : "")
                    .append(" | ").append(type(o)).append('\n');
        }
        return out.append("|===\n").toString();
    }

    private static String headers(JsonNode headers) {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"3,5,2\",options=\"header\"]\n|===\n| Name | Description | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append("| *").append(e.getKey()).append("* | ").append(escape(e.getValue().path("description").asText()))
                    .append(" | `").append(e.getValue().path("javaType").asText()).append("`\n");
        }
        return out.append("|===\n").toString();
    }

    private static String type(JsonNode option) {
        String type = option.path("javaType").asText();
        if (option.has("enum")) {
            StringBuilder values = new StringBuilder();
            option.get("enum").forEach(v -> values.append(values.length() == 0 ? "" : ", ").append(v.asText()));
            return "enum: " + values;
        }
        return "`" + type.replace("java.lang.", "") + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
