package io.camelcam.sandbox.internal.state;

import java.util.Map;

/** An {@code updateChatRoom} request after validation: {@code null} fields were not given. */
public record ChatRoomPatch(String id, String name, String createUserId, String adminUserId, Boolean isPublic,
                            Map<String, Boolean> memberUids) {
}
