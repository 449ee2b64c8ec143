package io.camelcam.examples.mailtochat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which room a mail goes to: the first subject tag that is mapped (e.g. {@code [ops]}), else the
 * first recipient address that is mapped, else the default room. Both maps are written as
 * {@code key=room, key=room} in a property.
 */
public final class MailRooms {

    private final Map<String, String> byTag;
    private final Map<String, String> byRecipient;
    private final String defaultRoom;

    public MailRooms(String tagMapping, String recipientMapping, String defaultRoom) {
        this.byTag = parse(MailToChatRoute.ROOMS_BY_TAG, tagMapping);
        this.byRecipient = parse(MailToChatRoute.ROOMS_BY_RECIPIENT, recipientMapping);
        if (defaultRoom == null || defaultRoom.isBlank()) {
            throw new IllegalArgumentException(MailToChatRoute.DEFAULT_ROOM + " must name a room");
        }
        this.defaultRoom = defaultRoom.strip();
    }

    public String roomFor(String subject, List<String> recipients) {
        if (subject != null) {
            int open = subject.indexOf('[');
            while (open >= 0) {
                int close = subject.indexOf(']', open);
                if (close < 0) {
                    break;
                }
                String room = byTag.get(key(subject.substring(open + 1, close)));
                if (room != null) {
                    return room;
                }
                open = subject.indexOf('[', close);
            }
        }
        for (String recipient : recipients) {
            String room = byRecipient.get(key(recipient));
            if (room != null) {
                return room;
            }
        }
        return defaultRoom;
    }

    public String defaultRoom() {
        return defaultRoom;
    }

    private static Map<String, String> parse(String property, String mapping) {
        Map<String, String> map = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return map;
        }
        for (String entry : mapping.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || entry.substring(equals + 1).isBlank()) {
                throw new IllegalArgumentException(property + ": '" + entry.strip()
                        + "' is not key=room (write e.g. ops=ops, deploy=general)");
            }
            map.put(key(entry.substring(0, equals)), entry.substring(equals + 1).strip());
        }
        return map;
    }

    /** Tags and addresses are matched without regard to case, as mail programs do. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
