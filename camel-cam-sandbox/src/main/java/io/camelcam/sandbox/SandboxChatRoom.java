package io.camelcam.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A chat room as the sandbox stores it and {@code updateChatRoom} answers it.
 * {@code createUserId} and {@code adminUserId} may be {@code null}; {@code memberUids} keeps the order given.
 */
public record SandboxChatRoom(String id, String name, String createUserId, String adminUserId,
                              boolean isPublic, Map<String, Boolean> memberUids) {

    public SandboxChatRoom {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        LinkedHashMap<String, Boolean> members = new LinkedHashMap<>();
        if (memberUids != null) {
            memberUids.forEach((uid, member) -> members.put(
                    Objects.requireNonNull(uid, "member uid"), Objects.requireNonNull(member, "member flag")));
        }
        memberUids = Collections.unmodifiableMap(members);
    }
}
