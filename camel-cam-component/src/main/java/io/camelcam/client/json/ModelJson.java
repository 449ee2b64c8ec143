package io.camelcam.client.json;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one Jackson mapper of the client, which reads and writes the model records in CAM's wire shape
 * (the Camel layer keeps a consumer's baseline with it too): unknown fields ignored (CAM may add fields), ISO-8601
 * local date-times without pulling in the JSR-310 module for one type.
 */
public final class ModelJson {

    public static final ObjectMapper MAPPER = createMapper();

    private ModelJson() {
    }

    private static ObjectMapper createMapper() {
        SimpleModule time = new SimpleModule("cam-local-date-time");
        time.addDeserializer(LocalDateTime.class, new JsonDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim());
                } catch (DateTimeParseException e) {
                    return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text, e.getMessage());
                }
            }
        });
        time.addSerializer(LocalDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        return new ObjectMapper()
                .registerModule(time)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
