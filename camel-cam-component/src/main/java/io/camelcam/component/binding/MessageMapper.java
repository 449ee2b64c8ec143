package io.camelcam.component.binding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;

/**
 * Turns what a route holds into {@link CamMessage}s: a CamMessage as is, a String as its text, a
 * Map by its keys. Map keys may be the model's ({@code room, text, users, sealed}) or CAM's wire
 * names ({@code panelName/send, message, generalPurposes.users/property.users, isOpened}), so a
 * message read from the manual's {@code messages.json} maps as naturally as one built in Java.
 * What an element does not say is taken from the endpoint's options and headers.
 */
final class MessageMapper {

    private static final Set<String> KEYS = Set.of("room", "send", "panelName", "text", "message", "users",
            "property", "generalPurposes", "sealed", "isOpened");

    private MessageMapper() {
    }

    /** Defaults from options and headers; {@code room} null means a direct message. */
    record Defaults(String room, List<String> users, boolean sealed) {
    }

    static CamMessage toMessage(Object element, Defaults defaults, String operation, String where) {
        if (element == null) {
            throw new CamValidationException(operation, where, "is null");
        }
        if (element instanceof CamMessage message) {
            return message;
        }
        if (element instanceof CharSequence text) {
            return new CamMessage(defaults.room(), text.toString(), defaults.users(), defaults.sealed());
        }
        if (element instanceof Map<?, ?> map) {
            return fromMap(map, defaults, operation, where);
        }
        throw new CamValidationException(operation, where, "of type " + element.getClass().getName()
                + " is not a message (expected a String, a CamMessage or a Map)");
    }

    private static CamMessage fromMap(Map<?, ?> map, Defaults defaults, String operation, String where) {
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new CamValidationException(operation, where + "." + key,
                        "is not a message field (known: room/send/panelName, text/message, users, sealed/isOpened)");
            }
        }
        String room = firstText(map, "room", "send", "panelName");
        String text = firstText(map, "text", "message");
        Object users = map.get("users");
        if (users == null) {
            users = nested(map.get("property"), operation, where + ".property");
        }
        if (users == null) {
            users = nested(map.get("generalPurposes"), operation, where + ".generalPurposes");
        }
        Object sealed = map.containsKey("sealed") ? map.get("sealed") : map.get("isOpened");
        boolean explicitRoom = room != null;
        List<String> userList = users == null ? null : userList(users);
        if (!explicitRoom && userList == null) {
            room = defaults.room();
        }
        return new CamMessage(room, text, userList != null ? userList : defaults.users(),
                sealed == null ? defaults.sealed() : toBoolean(sealed, operation, where + ".sealed"));
    }

    private static String firstText(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            Object value = map.get(key);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    private static Object nested(Object value, String operation, String where) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> inner) {
            return inner.get("users");
        }
        throw new CamValidationException(operation, where, "must be an object holding users");
    }

    private static List<String> userList(Object users) {
        if (users instanceof Collection<?> collection) {
            List<String> all = new ArrayList<>();
            for (Object user : collection) {
                all.addAll(ExchangeInputs.splitUsers(user == null ? null : user.toString()));
            }
            return all;
        }
        return ExchangeInputs.splitUsers(users.toString());
    }

    private static boolean toBoolean(Object value, String operation, String where) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new CamValidationException(operation, where, "'" + text + "' is not true or false");
    }
}
