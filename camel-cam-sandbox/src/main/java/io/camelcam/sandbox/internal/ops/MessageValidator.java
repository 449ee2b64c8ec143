package io.camelcam.sandbox.internal.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.Emails;
import io.camelcam.sandbox.internal.cam.JsonFields;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.ChatRoomStore;
import io.camelcam.sandbox.internal.state.UserStore;
import io.camelcam.sandbox.internal.state.ValidatedMessage;

/**
 * Validates one message of {@code sendMessage} or one element of {@code sendMessages}. Both carry the
 * same things under different member names, which {@link Shape} supplies. Syntax is checked before
 * existence, so a message both malformed and addressed to nobody is reported as malformed.
 */
final class MessageValidator {

    /** Where a message keeps its target, its users and whether a target is required. */
    record Shape(String targetMember, boolean targetRequired, String usersObjectMember) {
        static final Shape SINGLE = new Shape("panelName", true, "generalPurposes");
        static final Shape BATCH = new Shape("send", false, "property");
    }

    private final ChatRoomStore rooms;
    private final UserStore users;

    MessageValidator(ChatRoomStore rooms, UserStore users) {
        this.rooms = rooms;
        this.users = users;
    }

    /**
     * @param path the message's name in errors, e.g. {@code message} or {@code messages[3]}
     * @throws RequestRefusedException with the first problem found
     */
    ValidatedMessage validate(JsonNode node, String path, Shape shape) {
        JsonFields.requireObject(node, path);
        String target = shape.targetRequired()
                ? JsonFields.requiredString(node, shape.targetMember(), path)
                : JsonFields.optionalString(node, shape.targetMember(), path);
        if (target == null) {
            target = ChatRoomStore.MESSENGER;
        } else if (target.isBlank()) {
            throw RequestRefusedException.invalid(JsonFields.path(path, shape.targetMember()), "blank");
        }
        String text = JsonFields.requiredString(node, "message", path);
        if (text.codePointCount(0, text.length()) > SandboxLimits.MAX_MESSAGE_CHARS) {
            throw RequestRefusedException.invalid(JsonFields.path(path, "message"),
                    "longer than " + SandboxLimits.MAX_MESSAGE_CHARS + " characters");
        }
        Boolean opened = JsonFields.optionalBoolean(node, "isOpened", path);
        String usersPath = JsonFields.path(path, shape.usersObjectMember());
        JsonNode usersObject = JsonFields.optionalObject(node, shape.usersObjectMember(), path);
        String userList = usersObject == null ? null : JsonFields.optionalString(usersObject, "users", usersPath);
        String usersField = JsonFields.path(usersPath, "users");
        List<String> emails = userList == null ? List.of() : Emails.parseList(userList, usersField);

        boolean direct = ChatRoomStore.MESSENGER.equals(target);
        if (direct && emails.isEmpty()) {
            throw RequestRefusedException.invalid(usersField, "missing: a direct message (messenger) needs at least one recipient");
        }
        String panelName = direct ? ChatRoomStore.MESSENGER : room(target).name();
        return new ValidatedMessage(panelName, text, recipients(emails), opened != null && opened);
    }

    private SandboxChatRoom room(String nameOrId) {
        return rooms.find(nameOrId).orElseThrow(() -> RequestRefusedException.notFound("chat room " + ClientInput.quote(nameOrId)));
    }

    /** The users as stored (their e-mail's stored spelling), each known and not deleted. */
    private List<String> recipients(List<String> emails) {
        List<String> out = new ArrayList<>(emails.size());
        for (String email : emails) {
            Optional<SandboxUser> user = users.find(email);
            if (user.isEmpty()) {
                throw RequestRefusedException.notFound("user " + ClientInput.quote(email));
            }
            if (user.get().deleted()) {
                throw RequestRefusedException.notFound("user " + ClientInput.quote(email) + " is deleted");
            }
            out.add(user.get().email());
        }
        return out;
    }
}
