package io.camelcam.client.operation;

import java.util.List;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendMessageTest {

    @Test
    void aRoomMessageMentioningUsersIsTheManualsJsonInTheMessageField() throws Exception {
        SendMessage call = new SendMessage(new CamMessage("ops", "Deploy done & ok = 100%", List.of("a@example.com"), false));

        JsonNode message = WireFields.json(call, "message");
        assertThat(message.get("panelName").asText()).isEqualTo("ops");
        assertThat(message.get("message").asText()).isEqualTo("Deploy done & ok = 100%");
        assertThat(message.get("isOpened").asBoolean()).isFalse();
        assertThat(message.at("/generalPurposes/users").asText()).isEqualTo("a@example.com");
        assertThat(call.operation()).isEqualTo("sendMessage");
        assertThat(call.idempotent()).isFalse();
        assertThat(call.readsAnswer()).isFalse();
    }

    @Test
    void aDirectMessageGoesToTheMessengerPanel() throws Exception {
        JsonNode message = WireFields.json(new SendMessage(CamMessage.direct("hi", "a@example.com", "b@example.com")), "message");

        assertThat(message.get("panelName").asText()).isEqualTo(CamMessage.DIRECT_PANEL);
        assertThat(message.at("/generalPurposes/users").asText()).isEqualTo("a@example.com,b@example.com");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new SendMessage(CamMessage.direct("hi", "not-an-address")))
                .isInstanceOf(CamValidationException.class).hasMessageContaining("not-an-address");
        assertThatThrownBy(() -> new SendMessage(null)).isInstanceOf(CamValidationException.class)
                .hasMessageContaining("message");
    }
}
