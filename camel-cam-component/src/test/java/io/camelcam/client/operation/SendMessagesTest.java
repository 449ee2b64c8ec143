package io.camelcam.client.operation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendMessagesTest {

    @Test
    void eachElementNamesItsRoomWithSendOrGoesDirectWithProperty() throws Exception {
        SendMessages call = new SendMessages(List.of(CamMessage.toRoom("general", "one"),
                CamMessage.direct("two", "a@example.com")));

        JsonNode messages = WireFields.json(call, "messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("send").asText()).isEqualTo("general");
        assertThat(messages.get(0).get("message").asText()).isEqualTo("one");
        assertThat(messages.get(1).has("send")).as("a direct message has no room").isFalse();
        assertThat(messages.get(1).at("/property/users").asText()).isEqualTo("a@example.com");
    }

    @Test
    void noneOrMoreThanCamTakesInOneCallIsRefused() {
        List<CamMessage> tooMany = new ArrayList<>();
        for (int i = 0; i <= AssumedContract.MAX_MESSAGES_PER_CALL; i++) {
            tooMany.add(CamMessage.toRoom("general", "m" + i));
        }
        assertThatThrownBy(() -> new SendMessages(tooMany)).isInstanceOf(CamValidationException.class);
        assertThatThrownBy(() -> new SendMessages(List.of())).isInstanceOf(CamValidationException.class);
    }
}
