package io.camelcam.component.dsl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the Java source of {@link CamEndpointBuilderFactory} from cam.json, in the shape of Camel's
 * own generated endpoint builders: a consumer, a producer and a common builder, each with its
 * advanced() half; one method per endpoint option with the option's Java type (and a String overload
 * for placeholders, durations and #bean references), its description as javadoc.
 */
final class EndpointDslSource {

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)");

    /** Which builder an option belongs to: Camel's rule, by the option's label. */
    enum Kind {
        CONSUMER("Consumer"), PRODUCER("Producer"), COMMON("");

        final String infix;

        Kind(String infix) {
            this.infix = infix;
        }

        static Kind of(JsonNode option) {
            List<String> labels = List.of(option.path("label").asText().split(","));
            return labels.contains("consumer") ? CONSUMER : labels.contains("producer") ? PRODUCER : COMMON;
        }
    }

    private final Set<String> imports = new TreeSet<>();

    private EndpointDslSource() {
    }

    static String generate(JsonNode catalog) {
        return new EndpointDslSource().write(catalog);
    }

    private String write(JsonNode catalog) {
        imports.add("org.apache.camel.builder.EndpointConsumerBuilder");
        imports.add("org.apache.camel.builder.EndpointProducerBuilder");
        StringBuilder body = new StringBuilder();
        for (Kind kind : List.of(Kind.CONSUMER, Kind.PRODUCER, Kind.COMMON)) {
            for (boolean advanced : List.of(false, true)) {
                builder(body, catalog.get("properties"), kind, advanced);
            }
        }
        body.append("""

                    /**
                     * A {@code cam:} endpoint of the given operation, e.g. {@code cam("sendMessage").room("ops")}: use it in
                     * {@code to(...)} or {@code from(...)} of any RouteBuilder.
                     *
                     * @param operation the CAM operation to call, one of %s
                     */
                    static CamEndpointBuilder cam(String operation) {
                        class CamEndpointBuilderImpl extends CamEndpointBuilderSupport implements CamEndpointBuilder,
                                AdvancedCamEndpointBuilder {
                            CamEndpointBuilderImpl(String operation) {
                                super(operation);
                            }
                        }
                        return new CamEndpointBuilderImpl(operation);
                    }
                }
                """.formatted(operations(catalog.at("/properties/operation/enum"))));

        StringBuilder out = new StringBuilder();
        out.append("package io.camelcam.component.dsl;\n\n");
        String group = null;
        for (String type : orderedImports()) {
            String next = type.startsWith("java.") ? "java" : type.startsWith("io.camelcam.") ? "ours" : "libraries";
            if (group != null && !group.equals(next)) {
                out.append('\n');
            }
            group = next;
            out.append("import ").append(type).append(";\n");
        }
        out.append("""

                /**
                 * The typed Endpoint DSL of the cam component: {@code to(cam("sendMessage").room("ops"))}.
                 *
                 * Generated from cam.json by CamEndpointBuilderFactoryTest, which fails when this file and the
                 * component's options differ; rerun it with -Dcam.docs.update=true to rewrite this file. Do not edit.
                 */
                public interface CamEndpointBuilderFactory {
                """);
        return out.append(body).toString();
    }

    private List<String> orderedImports() {
        // the project's import order: the JDK, then libraries, then ours
        List<String> ordered = new ArrayList<>();
        imports.stream().filter(i -> i.startsWith("java.")).forEach(ordered::add);
        imports.stream().filter(i -> !i.startsWith("java.") && !i.startsWith("io.camelcam.")).forEach(ordered::add);
        imports.stream().filter(i -> i.startsWith("io.camelcam.")).forEach(ordered::add);
        return ordered;
    }

    private static String operations(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return String.join(", ", names);
    }

    private void builder(StringBuilder out, JsonNode options, Kind kind, boolean advanced) {
        String name = (advanced ? "Advanced" : "") + "CamEndpoint" + kind.infix + "Builder";
        String other = (advanced ? "" : "Advanced") + "CamEndpoint" + kind.infix + "Builder";
        String parents = switch (kind) {
            case CONSUMER -> "EndpointConsumerBuilder";
            case PRODUCER -> "EndpointProducerBuilder";
            case COMMON -> (advanced ? "Advanced" : "") + "CamEndpointConsumerBuilder, " + (advanced ? "Advanced" : "")
                    + "CamEndpointProducerBuilder";
        };
        String what = switch (kind) {
            case CONSUMER -> "a cam: consumer";
            case PRODUCER -> "a cam: producer";
            case COMMON -> "a cam: endpoint, consumer or producer";
        };
        out.append("\n    /** ").append(advanced ? "The advanced options of " : "Builder for ").append(what).append(". */\n");
        out.append("    interface ").append(name).append(" extends ").append(parents).append(" {\n");
        out.append("\n        default ").append(other).append(' ').append(advanced ? "basic" : "advanced").append("() {\n")
                .append("            return (").append(other).append(") this;\n        }\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode option = entry.getValue();
            boolean optionAdvanced = List.of(option.path("label").asText().split(",")).contains("advanced");
            boolean inThisBuilder = kind == Kind.COMMON ? Kind.of(option) == Kind.COMMON : Kind.of(option) != Kind.PRODUCER
                    && kind == Kind.CONSUMER || Kind.of(option) != Kind.CONSUMER && kind == Kind.PRODUCER;
            if (!"parameter".equals(option.path("kind").asText()) || optionAdvanced != advanced || !inThisBuilder) {
                continue;
            }
            if (option.path("multiValue").asBoolean()) {
                multiValue(out, name, entry.getKey(), option);
            } else {
                setter(out, name, entry.getKey(), option);
            }
        }
        out.append("    }\n");
    }

    private void setter(StringBuilder out, String builder, String name, JsonNode option) {
        String javaType = simpleName(option.path("javaType").asText());
        boolean text = "String".equals(javaType);
        method(out, builder, name, option, javaType, text ? null : "the " + typeWords(option, javaType));
        if (!text) {
            method(out, builder, name, option, "String", "the " + typeWords(option, javaType)
                    + ", as text: a property placeholder" + ("object".equals(option.path("type").asText())
                            ? " or a #bean reference" : "duration".equals(option.path("type").asText())
                                    ? " or a duration such as 30s, 5m or 1h" : ""));
        }
    }

    private static String typeWords(JsonNode option, String javaType) {
        return "duration".equals(option.path("type").asText()) ? "duration in milliseconds (" + javaType + ")"
                : "<code>" + javadoc(javaType) + "</code> value";
    }

    private void method(StringBuilder out, String builder, String name, JsonNode option, String type, String as) {
        out.append("\n        /**\n");
        for (String line : wrap(javadoc(option.path("description").asText()))) {
            out.append("         * ").append(line).append('\n');
        }
        out.append("         *\n");
        if (option.has("defaultValue")) {
            out.append("         * Default: ").append(javadoc(option.get("defaultValue").asText())).append(".\n");
        }
        if (option.path("required").asBoolean()) {
            out.append("         * Required.\n");
        }
        if (option.path("secret").asBoolean()) {
            out.append("         * Secret: never logged.\n");
        }
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.get("enum").forEach(v -> values.add(v.asText()));
            out.append("         * One of: ").append(String.join(", ", values)).append(".\n");
        }
        out.append("         * Group: ").append(option.path("group").asText()).append(".\n");
        out.append("         *\n         * @param ").append(name).append(' ').append(as == null ? "the value" : as)
                .append("\n         * @return this builder\n         */\n");
        out.append("        default ").append(builder).append(' ').append(name).append('(').append(type).append(' ')
                .append(name).append(") {\n")
                .append("            doSetProperty(\"").append(name).append("\", ").append(name).append(");\n")
                .append("            return this;\n        }\n");
    }

    private void multiValue(StringBuilder out, String builder, String name, JsonNode option) {
        String prefix = option.path("prefix").asText();
        String description = javadoc(option.path("description").asText());
        out.append("\n        /**\n");
        wrap(description + " Sets one entry.").forEach(line -> out.append("         * ").append(line).append('\n'));
        out.append("         *\n         * @param key the key, without the prefix ").append(prefix)
                .append("\n         * @param value the value\n         * @return this builder\n         */\n")
                .append("        default ").append(builder).append(' ').append(name).append("(String key, Object value) {\n")
                .append("            doSetMultiValueProperty(\"").append(name).append("\", \"").append(prefix)
                .append("\" + key, value);\n            return this;\n        }\n");
        imports.add("java.util.Map");
        out.append("\n        /**\n");
        wrap(description + " Sets all the entries of the map.").forEach(line -> out.append("         * ").append(line).append('\n'));
        out.append("         *\n         * @param values the entries, keys without the prefix ").append(prefix)
                .append("\n         * @return this builder\n         */\n")
                .append("        default ").append(builder).append(' ').append(name).append("(Map<String, Object> values) {\n")
                .append("            doSetMultiValueProperties(\"").append(name).append("\", \"").append(prefix)
                .append("\", values);\n            return this;\n        }\n");
    }

    /** {@code java.util.Map<java.lang.String, java.lang.Object>} → {@code Map<String, Object>}, importing Map. */
    private String simpleName(String javaType) {
        Matcher qualified = QUALIFIED.matcher(javaType);
        StringBuilder out = new StringBuilder();
        while (qualified.find()) {
            String name = qualified.group();
            if (!name.startsWith("java.lang.")) {
                imports.add(name);
            }
            qualified.appendReplacement(out, qualified.group(1));
        }
        return qualified.appendTail(out).toString();
    }

    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 100) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
