package io.camelcam.examples.meetings;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.apache.camel.Exchange;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.camelcam.client.model.QuickCall;
import io.camelcam.component.api.CamConstants;

/**
 * The steps of {@link MeetingsRoute} that are plain Java: checking the request, making a
 * password, and writing the announcement and the answer. What a step keeps for a later one goes
 * into exchange variables, which, unlike headers, are never sent on to CAM or back to the caller.
 */
public final class Meetings {

    static final String REQUEST = "meetingRequest";
    static final String PASSWORD = "meetingPassword";
    static final String QUICK_CALL = "quickCall";
    static final String ANNOUNCED = "announced";

    static final int MAX_TITLE_LENGTH = 200;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
            .withZone(ZoneId.systemDefault());

    private final String defaultRoom;
    private final String defaultExpiresIn;

    public Meetings(String defaultRoom, String defaultExpiresIn) {
        this.defaultRoom = defaultRoom;
        this.defaultExpiresIn = defaultExpiresIn;
    }

    /** Checks the request, fills in the defaults, and turns the body into createQuickCall's input. */
    public void prepare(Exchange exchange) {
        MeetingRequest asked = exchange.getMessage().getBody(MeetingRequest.class);
        if (asked == null) {
            asked = new MeetingRequest(null, null, null);
        }
        String title = blankToNull(asked.title());
        if (title != null && (title.length() > MAX_TITLE_LENGTH || title.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("title: at most " + MAX_TITLE_LENGTH + " characters on one line");
        }
        MeetingRequest request = new MeetingRequest(title == null ? "Quick call" : title,
                blankToNull(asked.room()) == null ? defaultRoom : asked.room().strip(),
                blankToNull(asked.expiresIn()) == null ? defaultExpiresIn : asked.expiresIn().strip());
        String password = newPassword();
        exchange.setVariable(REQUEST, request);
        exchange.setVariable(PASSWORD, password);
        exchange.getMessage().setBody(Map.of("expiresIn", request.expiresIn(), "password", password));
    }

    /** The room message: who can join where, until when. The password stays out of the room. */
    public void announcement(Exchange exchange) {
        MeetingRequest request = exchange.getVariable(REQUEST, MeetingRequest.class);
        QuickCall call = exchange.getMessage().getBody(QuickCall.class);
        exchange.setVariable(QUICK_CALL, call);
        exchange.getMessage().setHeader(CamConstants.ROOM, request.room());
        exchange.getMessage().setBody("📞 " + request.title() + ": " + call.url() + " (until "
                + TIME.format(call.expiresAt()) + "; the password comes with the invitation)");
    }

    /** The answer to the caller, with the password, and nothing else of the exchange. */
    public MeetingResponse response(Exchange exchange) {
        QuickCall call = exchange.getVariable(QUICK_CALL, QuickCall.class);
        MeetingRequest request = exchange.getVariable(REQUEST, MeetingRequest.class);
        return new MeetingResponse(call.url(), call.expiresAt().truncatedTo(ChronoUnit.SECONDS).toString(), exchange.getVariable(PASSWORD, String.class),
                request.room(), Boolean.TRUE.equals(exchange.getVariable(ANNOUNCED, Boolean.class)));
    }

    /** The answer to a bad request or a failed call: {@code {"error": "..."}}, in words a caller can act on. */
    public static Map<String, String> error(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String message;
        if (failure instanceof JsonProcessingException json) {
            message = "the body is not a meeting request (" + json.getOriginalMessage() + ")";
        } else if (failure != null && failure.getMessage() != null) {
            message = failure.getMessage();
        } else {
            message = "unknown error";
        }
        return Map.of("error", message);
    }

    static String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
