package io.camelcam.client.operation;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ChatRoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateChatRoomTest {

    @Test
    void theRoomTravelsAsJsonAndComesBackAsCamStoredIt() throws Exception {
        UpdateChatRoom call = new UpdateChatRoom(ChatRoom.named("営業部"));

        JsonNode sent = WireFields.json(call, "chatRoom");
        assertThat(sent.get("name").asText()).isEqualTo("営業部");
        ChatRoom stored = call.decode(WireFields.answer("{\"chatRoom\":{\"id\":\"r1\",\"name\":\"営業部\",\"isPublic\":true}}"));
        assertThat(stored.id()).isEqualTo("r1");
        assertThat(stored.name()).isEqualTo("営業部");
        assertThatThrownBy(() -> call.decode(WireFields.answer("{\"status\":200}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoomWithoutAnythingToSendIsRefused() {
        assertThatThrownBy(() -> new UpdateChatRoom(null)).isInstanceOf(CamValidationException.class);
    }
}
