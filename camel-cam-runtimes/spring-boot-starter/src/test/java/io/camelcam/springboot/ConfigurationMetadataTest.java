package io.camelcam.springboot;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the starter's Spring Boot configuration metadata (what IDEs complete and document for
 * {@code camel.component.cam.*}) equal to the component's options in the generated cam.json. Run
 * with {@code -Dcam.docs.update=true} to rewrite it after changing an option.
 */
class ConfigurationMetadataTest {

    static final Path METADATA = Path.of("src/main/resources/META-INF/spring-configuration-metadata.json");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void metadataListsEveryComponentOptionOfTheCatalog() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelcam/component/cam.json")) {
            catalog = JSON.readTree(in);
        }
        String expected = JSON.writeValueAsString(metadata(catalog.get("componentProperties"))) + "\n";
        String actual = Files.exists(METADATA) ? Files.readString(METADATA, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("cam.docs.update") && !expected.equals(actual)) {
            Files.writeString(METADATA, expected, StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as(METADATA + " is out of date: rerun with -Dcam.docs.update=true").isEqualTo(expected);
    }

    private static ObjectNode metadata(JsonNode options) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("groups").addObject()
                .put("name", CamComponentAutoConfiguration.PREFIX)
                .put("type", "io.camelcam.component.CamComponent")
                .put("description", "Options of the cam (Chat&Messenger) component; endpoint URIs override them.");
        ArrayNode properties = root.putArray("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode o = option.getValue();
            ObjectNode p = properties.addObject()
                    .put("name", CamComponentAutoConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(option.getKey()))
                    .put("type", springType(o))
                    .put("description", o.path("description").asText()
                            + (o.path("type").asText().equals("object") ? " The value is a reference to a bean, e.g. #bean:name." : ""))
                    .put("sourceType", "io.camelcam.component.CamComponent");
            if (o.has("defaultValue")) {
                p.set("defaultValue", o.get("defaultValue"));
            }
        }
        return root;
    }

    private static String springType(JsonNode option) {
        return switch (option.path("type").asText()) {
            case "duration" -> "java.time.Duration";
            case "boolean" -> "java.lang.Boolean";
            case "integer" -> "java.lang.Integer";
            case "object" -> "java.lang.String";
            case "enum", "string" -> "java.lang.String";
            default -> option.path("javaType").asText();
        };
    }
}
