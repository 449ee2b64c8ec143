package io.camelcam.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateChatRoomTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static RawHttpClient.Answer update(String chatRoomJson) {
        return post(SANDBOX.sandbox(), "updateChatRoom", SANDBOX.userToken(), "chatRoom", chatRoomJson);
    }

    @Test
    void createsARoomWithAGeneratedId() {
        RawHttpClient.Answer answer = update("{\"name\":\"release\",\"isPublic\":true,\"memberUids\":{\"u1\":true}}");

        assertThat(answer.camStatus()).isEqualTo(200);
        JsonNode room = answer.json().path("chatRoom");
        assertThat(room.path("id").asText()).matches("\\d{19}");
        assertThat(room.path("name").asText()).isEqualTo("release");
        assertThat(room.path("isPublic").asBoolean()).isTrue();
        assertThat(room.path("memberUids").path("u1").asBoolean()).isTrue();
        assertThat(SANDBOX.sandbox().chatRooms()).extracting(SandboxChatRoom::name).contains("release");

        assertThat(post(SANDBOX.sandbox(), "sendMessage", SANDBOX.userToken(), "message",
                RawHttpClient.message("release", "shipped", null)).camStatus()).isEqualTo(200);
    }

    @Test
    void createsTheManualsSampleRoomWithItsOwnIdAndUpdatesItByMerging() {
        RawHttpClient.Answer created = update("{\"id\":\"1564831284702237059\",\"name\":\"秘密会議\","
                + "\"createUserId\":\"11u1pu9d32p8vuvjoZdd\",\"adminUserId\":\"11u1pu9d32p8vuvjoZdd\",\"isPublic\":false,"
                + "\"memberUids\":{\"11u1pu9d32p8vuvjoZdd\":true,\"1lmn7hoh3s1ja26fsazw\":true,\"hhx10sfdv1jyou4la1ny\":true,"
                + "\"3400w9rfvs504c35dt99\":true,\"309d32p8vuvjo5euuuwx\":true},}");
        assertThat(created.json().path("chatRoom").path("id").asText()).isEqualTo("1564831284702237059");

        RawHttpClient.Answer updated = update("{\"id\":\"1564831284702237059\",\"isPublic\":true}");
        assertThat(updated.body()).isEqualTo("{\"status\":200,\"chatRoom\":{\"id\":\"1564831284702237059\",\"name\":\"秘密会議\","
                + "\"createUserId\":\"11u1pu9d32p8vuvjoZdd\",\"adminUserId\":\"11u1pu9d32p8vuvjoZdd\",\"isPublic\":true,"
                + "\"memberUids\":{\"11u1pu9d32p8vuvjoZdd\":true,\"1lmn7hoh3s1ja26fsazw\":true,\"hhx10sfdv1jyou4la1ny\":true,"
                + "\"3400w9rfvs504c35dt99\":true,\"309d32p8vuvjo5euuuwx\":true}}}");

        update("{\"id\":\"1564831284702237059\",\"name\":\"公開会議\",\"memberUids\":{\"a\":true,\"b\":false}}");
        SandboxChatRoom room = SANDBOX.sandbox().chatRooms().stream()
                .filter(r -> r.id().equals("1564831284702237059")).findFirst().orElseThrow();
        assertThat(room.name()).isEqualTo("公開会議");
        assertThat(room.memberUids()).containsExactly(Map.entry("a", true), Map.entry("b", false));
        assertThat(room.isPublic()).isTrue();
    }

    @Test
    void keepsNamesUnique() {
        assertThat(update("{\"name\":\"general\"}").errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: chatRoom.name: a room named 'general' already exists");
        String opsId = SANDBOX.sandbox().chatRooms().stream().filter(r -> r.name().equals("ops")).findFirst().orElseThrow().id();
        assertThat(update("{\"id\":\"" + opsId + "\",\"name\":\"general\"}").errorCodes()).containsExactly("400");
        assertThat(update("{\"id\":\"" + opsId + "\",\"name\":\"ops\"}").camStatus()).as("keeping its own name").isEqualTo(200);
        assertThat(update("{\"name\":\"messenger\"}").errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: chatRoom.name: 'messenger' is reserved for direct messages");
        assertThat(SANDBOX.sandbox().chatRooms()).hasSize(4);

        assertThatThrownBy(() -> SANDBOX.sandbox().createChatRoom("test")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SANDBOX.sandbox().createChatRoom("fresh").isPublic()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not an object   | [\"x\"]                                         | chatRoom: expected a JSON object",
            "not JSON        | {name:x}                                        | chatRoom: not valid JSON",
            "create unnamed  | {\"isPublic\":true}                             | chatRoom.name: missing",
            "blank name      | {\"name\":\"  \"}                               | chatRoom.name: blank",
            "numeric id      | {\"id\":1564831284702237059,\"name\":\"n\"}     | chatRoom.id: expected a string",
            "numeric name    | {\"name\":42}                                   | chatRoom.name: expected a string",
            "string boolean  | {\"name\":\"n\",\"isPublic\":\"false\"}         | chatRoom.isPublic: expected true or false",
            "member list     | {\"name\":\"n\",\"memberUids\":[\"u1\"]}        | chatRoom.memberUids: expected a JSON object",
            "member flag     | {\"name\":\"n\",\"memberUids\":{\"u1\":1}}      | chatRoom.memberUids['u1']: expected true or false",
            "creator number  | {\"name\":\"n\",\"createUserId\":7}             | chatRoom.createUserId: expected a string",
    })
    void refusesMalformedRoomsNamingTheField(String why, String json, String expected) {
        RawHttpClient.Answer answer = update(json);
        assertThat(answer.errorCodes()).as(why).containsExactly("400");
        assertThat(answer.errorMessages().get(0)).startsWith("SC_INVALID_PARAMETER: " + expected);
        assertThat(SANDBOX.sandbox().chatRooms()).hasSize(4);
    }

    @Test
    void refusesAMissingField() {
        assertThat(post(SANDBOX.sandbox(), "updateChatRoom", SANDBOX.userToken()).errorMessages())
                .containsExactly("SC_INVALID_PARAMETER: chatRoom: missing");
    }
}
