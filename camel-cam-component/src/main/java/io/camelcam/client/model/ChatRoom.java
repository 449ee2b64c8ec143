package io.camelcam.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CAM chat room as {@code updateChatRoom} takes and returns it. A null {@code id} creates a room;
 * on update only the non-null fields are sent, so CAM keeps the others.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatRoom(
        String id,
        String name,
        String createUserId,
        String adminUserId,
        @JsonProperty("isPublic") Boolean isPublic,
        Map<String, Boolean> memberUids) {

    public ChatRoom {
        memberUids = memberUids == null ? null : Map.copyOf(new LinkedHashMap<>(memberUids));
    }

    /** A new room with this name, everything else left to CAM. */
    public static ChatRoom named(String name) {
        return new ChatRoom(null, name, null, null, null, null);
    }
}
