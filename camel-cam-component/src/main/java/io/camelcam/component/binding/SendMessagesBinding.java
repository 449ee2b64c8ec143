package io.camelcam.component.binding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Exchange;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.SendMessages;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * sendMessages. In: a List (or array) of CamMessage / String / Map, or text (String, bytes,
 * stream, file) holding a JSON array or the manual's {@code messages.json} ({@code messages=[...]},
 * trailing comma tolerated). Strings and elements without a room or users take the room, users and
 * sealed of the headers, else the options. Out: the body is left as it was; header
 * {@code CamelCamMessageCount} says how many were sent.
 */
public final class SendMessagesBinding implements OperationBinding<Void> {

    private static final String EXPECTED = "a List of CamMessage/String/Map, a JSON array, or a messages.json "
            + "text (messages=[...]) as String, bytes, InputStream or File";

    /**
     * Lenient only where the manual's own sample needs it. In a holder of its own: every operation's binding is
     * created with CamOperation, when the first {@code cam:} endpoint is, and building this mapper there cost
     * every route's start a share, routes that never read a JSON array of messages included.
     */
    private static final class Lenient {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
    }

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        SendMessageBinding.checkMessageOptions(SendMessages.OPERATION, options);
    }

    @Override
    public CamCall<Void> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        MessageMapper.Defaults defaults = SendMessageBinding.defaults(exchange, options, SendMessages.OPERATION);
        List<?> elements = elements(exchange);
        List<CamMessage> messages = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String where = "messages[" + i + "]";
            CamMessage message = MessageMapper.toMessage(elements.get(i), defaults, SendMessages.OPERATION, where);
            SendMessageBinding.requireUsable(message, SendMessages.OPERATION, where);
            messages.add(message);
        }
        return new SendMessages(messages);
    }

    private static List<?> elements(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (body instanceof Object[] array) {
            return Arrays.asList(array); // not List.of: a null element is refused below, naming its index
        }
        String text = ExchangeInputs.bodyText(exchange, SendMessages.OPERATION, EXPECTED).strip();
        if (text.startsWith("messages=")) {
            text = text.substring("messages=".length()).strip();
        }
        if (!text.startsWith("[")) {
            throw new CamValidationException(SendMessages.OPERATION, "body",
                    "is not a JSON array of messages nor messages=[...] text");
        }
        try {
            return Lenient.MAPPER.readValue(text, List.class);
        } catch (IOException e) {
            throw new CamValidationException(SendMessages.OPERATION, "body", "is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<Void> call, Void result) {
        exchange.getMessage().setHeader(CamConstants.MESSAGE_COUNT, ((SendMessages) call).messages().size());
    }
}
