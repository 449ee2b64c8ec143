package io.camelcam.component.binding;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.operation.CamCall;
import io.camelcam.component.CamOperation;
import io.camelcam.component.api.CamConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Whatever a route puts into a message (any body, any value in every CamelCam* header, see
 * {@link RandomInputs}), each operation's binding either prepares a call or refuses the input
 * with a {@link CamValidationException} naming the field at fault: never a NullPointerException,
 * ClassCastException or any other unchecked surprise. Options the binding refuses at start-up
 * never reach an exchange, as with a real endpoint. The exchanges are real ones of a started
 * CamelContext, so Camel's type converters read the bodies as they would in a route.
 */
class BindingPropertyTest {

    /** A fixed "now", so whether an expiry lies in the future does not depend on when the build runs. */
    static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final int TRIES = 1000;

    private static CamelContext camel;

    @BeforeContainer
    static void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterContainer
    static void stopCamel() {
        camel.stop();
    }

    @Property(tries = TRIES)
    void sendMessage(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.sendMessage, options, body, headers, zone);
    }

    @Property(tries = TRIES)
    void sendMessages(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.sendMessages, options, body, headers, zone);
    }

    @Property(tries = TRIES)
    void createQuickCall(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.createQuickCall, options, body, headers, zone);
    }

    @Property(tries = TRIES)
    void exportUsers(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.exportUsers, options, body, headers, zone);
    }

    @Property(tries = TRIES)
    void updateUsersCSV(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.updateUsersCSV, options, body, headers, zone);
    }

    @Property(tries = TRIES)
    void updateChatRoom(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.updateChatRoom, options, body, headers, zone);
    }

    @Property(tries = TRIES / 4)
    void getConferenceRooms(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.getConferenceRooms, options, body, headers, zone);
    }

    @Property(tries = TRIES / 4)
    void getConferenceMaster(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.getConferenceMaster, options, body, headers, zone);
    }

    @Property(tries = TRIES)
    void getConferenceRoomStatus(@ForAll("options") CamConfiguration options, @ForAll("bodies") Object body,
            @ForAll("headers") Map<String, Object> headers, @ForAll("zones") ZoneId zone) throws Exception {
        preparesACallOrRefusesTheInput(CamOperation.getConferenceRoomStatus, options, body, headers, zone);
    }

    // What the properties found, kept as plain examples (each failed with the exception named)

    /** sendMessage and sendMessages: Camel's TypeConversionException escaped when a body stream broke off. */
    @Example
    void aBodyStreamThatBreaksOffIsRefusedAsUnreadable() {
        for (CamOperation operation : List.of(CamOperation.sendMessage, CamOperation.sendMessages)) {
            CamValidationException refused = refusal(operation, new RandomInputs.FailingInputStream(0));
            assertThat(refused.getField()).isEqualTo("body");
            assertThat(refused).hasMessageContaining("could not be read").hasRootCauseInstanceOf(IOException.class);
        }
    }

    /** sendMessage: a File body naming no file failed with a TypeConversionException. */
    @Example
    void aMissingFileBodyIsRefusedAsUnreadable() {
        CamValidationException refused = refusal(CamOperation.sendMessage, new File("/no/such/dir/message.txt"));
        assertThat(refused.getField()).isEqualTo("body");
        assertThat(refused).hasMessageContaining("could not be read").hasRootCauseInstanceOf(IOException.class);
    }

    /** updateChatRoom: a Map value Jackson cannot write (here in an array) failed with an IllegalArgumentException. */
    @Example
    void aChatRoomMapHoldingAStreamIsRefused() {
        Map<String, Object> body = Map.of("room", new Object[] {new ByteArrayInputStream(new byte[0])});
        assertThat(refusal(CamOperation.updateChatRoom, body).getField()).isEqualTo("body");
    }

    /** updateUsersCSV: a Path without a file name, such as the root, failed with a NullPointerException. */
    @Example
    void theRootAsAPathBodyIsRefusedAsUnreadable() {
        CamValidationException refused = refusal(CamOperation.updateUsersCSV, Path.of("/"));
        assertThat(refused.getField()).isEqualTo("file");
        assertThat(refused).hasMessageContaining("cannot be read");
    }

    /** sendMessages: an array body holding a null failed with a NullPointerException (List.of refuses nulls). */
    @Example
    void anArrayBodyHoldingANullIsRefusedNamingTheElement() {
        assertThat(refusal(CamOperation.sendMessages, new Object[] {null}).getField()).isEqualTo("messages[0]");
    }

    /** updateUsersCSV: rows as Maps with a key that is no String failed with a ClassCastException. */
    @Example
    void aRowMapWithAKeyThatIsNoStringIsRefused() {
        Map<Object, Object> row = new HashMap<>();
        row.put(0, null);
        assertThat(refusal(CamOperation.updateUsersCSV, List.of(row)).getField()).isEqualTo("row 1 column '0'");
    }

    /** createQuickCall: an expiresIn too long to add to now failed with an ArithmeticException. */
    @Example
    void anExpiresInBeyondAnyDateIsRefused() {
        Map<String, Object> body = Map.of("expiresIn", Duration.parse("PT2562047788015215H30M7S"));
        assertThat(refusal(CamOperation.createQuickCall, body).getField()).isEqualTo("body.expiresIn");
    }

    private static CamValidationException refusal(CamOperation operation, Object body) {
        CamConfiguration options = new CamConfiguration();
        options.setRoom("ops");
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        ZonedClock time = new ZonedClock(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
        return catchThrowableOfType(CamValidationException.class,
                () -> operation.binding().prepare(exchange, options, time));
    }

    @Provide
    Arbitrary<CamConfiguration> options() {
        return RandomInputs.options();
    }

    @Provide
    Arbitrary<Object> bodies() {
        return RandomInputs.body();
    }

    @Provide
    Arbitrary<Map<String, Object>> headers() {
        return RandomInputs.headers();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return RandomInputs.zones();
    }

    /** The property itself; also called by the examples that keep what it found. */
    static void preparesACallOrRefusesTheInput(CamOperation operation, CamConfiguration options, Object body,
            Map<String, Object> headers, ZoneId zone) throws Exception {
        ZonedClock time = new ZonedClock(Clock.fixed(NOW, zone), zone);
        try {
            operation.binding().checkOptions(options, time);
        } catch (CamValidationException refusedAtStart) {
            assertNamesItsField(refusedAtStart);
            Statistics.label("outcome").collect("options refused at start");
            return;
        }
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        headers.forEach(exchange.getMessage()::setHeader);
        CamCall<?> call;
        try {
            call = operation.binding().prepare(exchange, options, time);
        } catch (CamValidationException refused) {
            assertNamesItsField(refused);
            Statistics.label("outcome").collect("refused: CamValidationException");
            return;
        }
        assertThat(call).as("a prepared call").isNotNull();
        call.release();
        Statistics.label("outcome").collect("call prepared");
    }

    private static void assertNamesItsField(CamValidationException e) {
        assertThat(e.getField()).as("the field at fault").isNotBlank();
        assertThat(e.getMessage()).contains(e.getField());
    }
}
