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

    @Test
    void metadataHasTheStarterSwitchesAndTheEnumValues() throws Exception {
        JsonNode metadata = JSON.readTree(METADATA.toFile());
        assertThat(metadata.get("properties").findValuesAsText("name")).contains("camel.component.cam.enabled",
                "camel.component.cam.customizer.enabled", "camel.component.cam.proxy-password",
                "camel.component.cam.use-system-properties");
        assertThat(metadata.get("hints").findValuesAsText("name")).contains("camel.component.cam.output-type");
        assertThat(metadata.get("hints").findValues("value").stream().map(JsonNode::asText))
                .contains("stream", "list", "iterator");
    }

    private static ObjectNode metadata(JsonNode options) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("groups").addObject()
                .put("name", CamComponentAutoConfiguration.PREFIX)
                .put("type", "io.camelcam.component.CamComponent")
                .put("description", "Options of the cam (Chat&Messenger) component; endpoint URIs override them.");
        ArrayNode properties = root.putArray("properties");
        // camel-spring-boot's two switches, named and described as Camel's own starters have them
        properties.addObject()
                .put("name", CamComponentAutoConfiguration.PREFIX + ".enabled")
                .put("type", "java.lang.Boolean")
                .put("description", "Whether to enable auto configuration of the cam component. This is enabled by default.")
                .put("sourceType", "io.camelcam.springboot.CamComponentAutoConfiguration");
        properties.addObject()
                .put("name", CamComponentAutoConfiguration.PREFIX + ".customizer.enabled")
                .put("type", "java.lang.Boolean")
                .put("description", "Whether to apply the camel.component.cam.* options to the component. This is "
                        + "enabled by default; false leaves the component as code configured it.")
                .put("sourceType", "io.camelcam.springboot.CamComponentAutoConfiguration");
        ArrayNode hints = JSON.createArrayNode();
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
            if (o.has("enum")) {
                ArrayNode values = hints.addObject().put("name", p.get("name").asText()).putArray("values");
                o.get("enum").forEach(value -> values.addObject().put("value", value.asText()));
            }
        }
        root.set("hints", hints);
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
