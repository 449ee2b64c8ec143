package io.camelcam.component.binding;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;
import org.apache.camel.WrappedFile;

import io.camelcam.client.error.CamValidationException;

/** Reading options, headers and bodies with errors that say where the bad value came from. */
final class ExchangeInputs {

    private ExchangeInputs() {
    }

    /** The header's value as text when set, else the option's. */
    static String headerOr(Exchange exchange, String header, String option) {
        Object value = exchange.getMessage().getHeader(header);
        return value == null ? option : value.toString();
    }

    /**
     * Users from a header (String or Collection) or else the option, split on commas, trimmed,
     * empties dropped. Addresses are checked by the call itself.
     */
    static List<String> users(Exchange exchange, String header, String option) {
        Object value = exchange == null ? null : exchange.getMessage().getHeader(header);
        if (value == null) {
            return optionUsers(option);
        }
        if (value instanceof Collection<?> collection) {
            List<String> all = new ArrayList<>();
            for (Object item : collection) {
                all.addAll(splitUsers(item == null ? null : item.toString()));
            }
            return all;
        }
        if (value instanceof String[] array) {
            return splitUsers(String.join(",", array));
        }
        return splitUsers(value.toString());
    }

    /** The last users option split: an endpoint passes the same option with every message. */
    private static volatile SplitOption lastOption = new SplitOption(null, List.of());

    private record SplitOption(String text, List<String> users) {
    }

    /** The users option as a list, split once per option value instead of once per message. */
    static List<String> optionUsers(String option) {
        SplitOption last = lastOption;
        if (Objects.equals(last.text(), option)) {
            return last.users();
        }
        List<String> users = List.copyOf(splitUsers(option));
        lastOption = new SplitOption(option, users);
        return users;
    }

    static List<String> splitUsers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> users = new ArrayList<>(2);
        for (String part : text.split(",")) {
            String user = part.trim();
            if (!user.isEmpty()) {
                users.add(user);
            }
        }
        return users;
    }

    static boolean booleanHeaderOr(Exchange exchange, String header, boolean option, String operation) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return option;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new CamValidationException(operation, "header " + header, "'" + text + "' is not true or false");
    }

    /** Whether a body is text-like: Camel can read it as a String without guessing. */
    static boolean isTextLike(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
                || body instanceof Reader || body instanceof File || body instanceof Path || body instanceof WrappedFile;
    }

    /** The body as text, for bodies that are text-like; anything else is named and refused. */
    static String bodyText(Exchange exchange, String operation, String expected) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new CamValidationException(operation, "body", "is null (expected " + expected + ")");
        }
        if (!isTextLike(body)) {
            throw unsupported(operation, body, expected);
        }
        String text;
        try {
            text = exchange.getMessage().getBody(String.class);
        } catch (TypeConversionException e) {
            // a stream that breaks off, a file that is missing: nothing can be sent, and the route must learn why
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new CamValidationException(operation, "body", "could not be read as text: " + cause, e);
        }
        if (text == null) {
            throw new CamValidationException(operation, "body", "could not be read as text");
        }
        return text;
    }

    static CamValidationException unsupported(String operation, Object body, String expected) {
        return new CamValidationException(operation, "body",
                "of type " + body.getClass().getName() + " is not supported (expected " + expected + ")");
    }
}
