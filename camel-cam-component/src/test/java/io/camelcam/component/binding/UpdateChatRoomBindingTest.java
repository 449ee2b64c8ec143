package io.camelcam.component.binding;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateChatRoomBindingTest extends CamTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:room").to("cam:updateChatRoom");
            }
        };
    }

    @Test
    void createsThenUpdatesARoom() {
        Exchange created = send("direct:room", new ChatRoom(null, "秘密会議", null, null, false,
                Map.of("11u1pu9d32p8vuvjoZdd", true)));

        assertThat(created.getException()).isNull();
        ChatRoom stored = created.getMessage().getBody(ChatRoom.class);
        assertThat(stored.id()).isNotBlank();
        assertThat(stored.name()).isEqualTo("秘密会議");
        assertThat(created.getMessage().getHeader(CamConstants.CHAT_ROOM_ID)).isEqualTo(stored.id());

        Exchange updated = send("direct:room", Map.of("id", stored.id(), "isPublic", true));
        assertThat(updated.getMessage().getBody(ChatRoom.class).isPublic()).isTrue();
        assertThat(updated.getMessage().getBody(ChatRoom.class).name()).isEqualTo("秘密会議");
        assertThat(SANDBOX.sandbox().chatRooms()).filteredOn(r -> r.id().equals(stored.id()))
                .singleElement().satisfies(r -> assertThat(r.isPublic()).isTrue());
    }

    @Test
    void jsonTextBodyWorks() {
        Exchange out = send("direct:room", "{\"name\":\"from json\",\"isPublic\":true}");

        assertThat(out.getMessage().getBody(ChatRoom.class).name()).isEqualTo("from json");
    }

    @Test
    void roomNeedsIdOrNameAndKnownFields() {
        assertThat(send("direct:room", Map.of("isPublic", true)).getException())
                .isInstanceOf(CamValidationException.class).hasMessageContaining("id").hasMessageContaining("name");
        assertThat(send("direct:room", Map.of("name", "x", "owner", "me")).getException())
                .isInstanceOf(CamValidationException.class).hasMessageContaining("owner");
        assertThat(send("direct:room", "{not json").getException()).isInstanceOf(CamValidationException.class);
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }
}
