package io.camelcam.component.converter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.camel.Converter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.model.CamUser;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.client.model.ConferenceRoom;
import io.camelcam.client.model.QuickCall;
import io.camelcam.client.model.RoomReservation;
import io.camelcam.client.model.UsersUpdateResult;

/**
 * The model records as JSON data wherever Camel asks for a {@code String}, {@code byte[]} or
 * {@code InputStream}: the records are not {@code Serializable}, and camel-jms, given such a body,
 * sends a BytesMessage when the body converts to an {@code InputStream} (a TextMessage with
 * {@code jmsMessageType=Text}); the file component writes the same bytes. Without these converters
 * a record bound for a queue left as an empty JMS message with a warning.
 *
 * <p>The JSON is the record's components by name (the consumer's bodies, {@code RoomReservation} and
 * {@code ConferenceRoom}, read back with {@link ModelJson#MAPPER}); date-times as ISO-8601 text; a
 * {@link CamUser}'s password is left out, as a secret has no business on a queue or in a file.
 */
@Converter(generateLoader = true)
public final class CamModelConverters {

    private static final ObjectWriter JSON = ModelJson.MAPPER.copy().registerModule(module()).writer();

    private CamModelConverters() {
    }

    @Converter
    public static String toString(RoomReservation reservation) {
        return json(reservation);
    }

    @Converter
    public static byte[] toBytes(RoomReservation reservation) {
        return bytes(reservation);
    }

    @Converter
    public static InputStream toInputStream(RoomReservation reservation) {
        return stream(reservation);
    }

    @Converter
    public static String toString(ConferenceRoom room) {
        return json(room);
    }

    @Converter
    public static byte[] toBytes(ConferenceRoom room) {
        return bytes(room);
    }

    @Converter
    public static InputStream toInputStream(ConferenceRoom room) {
        return stream(room);
    }

    @Converter
    public static String toString(CamUser user) {
        return json(user);
    }

    @Converter
    public static byte[] toBytes(CamUser user) {
        return bytes(user);
    }

    @Converter
    public static InputStream toInputStream(CamUser user) {
        return stream(user);
    }

    @Converter
    public static String toString(CamMessage message) {
        return json(message);
    }

    @Converter
    public static byte[] toBytes(CamMessage message) {
        return bytes(message);
    }

    @Converter
    public static InputStream toInputStream(CamMessage message) {
        return stream(message);
    }

    @Converter
    public static String toString(ChatRoom room) {
        return json(room);
    }

    @Converter
    public static byte[] toBytes(ChatRoom room) {
        return bytes(room);
    }

    @Converter
    public static InputStream toInputStream(ChatRoom room) {
        return stream(room);
    }

    @Converter
    public static String toString(QuickCall call) {
        return json(call);
    }

    @Converter
    public static byte[] toBytes(QuickCall call) {
        return bytes(call);
    }

    @Converter
    public static InputStream toInputStream(QuickCall call) {
        return stream(call);
    }

    @Converter
    public static String toString(UsersUpdateResult result) {
        return json(result);
    }

    @Converter
    public static byte[] toBytes(UsersUpdateResult result) {
        return bytes(result);
    }

    @Converter
    public static InputStream toInputStream(UsersUpdateResult result) {
        return stream(result);
    }

    private static String json(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            // the records hold strings, numbers, booleans and date-times only: this is a bug, not bad input
            throw new UncheckedIOException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static byte[] bytes(Object record) {
        return json(record).getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream stream(Object record) {
        return new ByteArrayInputStream(bytes(record));
    }

    /** Instants as ISO-8601 text (the client's mapper has no JSR-310 module) and CamUser without its password. */
    private static SimpleModule module() {
        SimpleModule module = new SimpleModule("cam-model-bodies");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.setMixInAnnotation(CamUser.class, CamUserWithoutPassword.class);
        return module;
    }

    @JsonIgnoreProperties("password")
    private abstract static class CamUserWithoutPassword {
    }
}
