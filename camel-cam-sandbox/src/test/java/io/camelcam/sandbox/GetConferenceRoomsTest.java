package io.camelcam.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.get;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code getConferenceRooms} and its other name {@code getConferenceMaster}: the conference-room master list. */
class GetConferenceRoomsTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void bothMasterOperationsListTheSeededRooms() {
        RawHttpClient.Answer rooms = get(SANDBOX.sandbox(), "/getConferenceRooms", SANDBOX.userToken());
        RawHttpClient.Answer master = post(SANDBOX.sandbox(), "getConferenceMaster", SANDBOX.userToken());

        assertThat(rooms.body()).isEqualTo(master.body());
        JsonNode first = rooms.json().path("conferenceRooms").get(0);
        assertThat(first.toString()).isEqualTo("{\"id\":\"CR001\",\"name\":\"会議室A\",\"capacity\":8,\"location\":\"Tokyo 8F\"}");
        assertThat(rooms.json().path("conferenceRooms")).hasSize(SANDBOX.sandbox().conferenceRooms().size()).hasSize(5);
    }

    @Test
    void theMasterListChangesThroughTheJavaApi() {
        SandboxConferenceRoom renamed = new SandboxConferenceRoom("CR002", "会議室B (renovated)", 6, "Tokyo 8F");
        SANDBOX.sandbox().putConferenceRoom(renamed);
        SANDBOX.sandbox().putConferenceRoom(new SandboxConferenceRoom("CR006", "Nagoya Room", 10, "Nagoya 2F"));
        assertThat(SANDBOX.sandbox().removeConferenceRoom("CR004")).isTrue();
        assertThat(SANDBOX.sandbox().removeConferenceRoom("CR004")).isFalse();

        JsonNode rooms = post(SANDBOX.sandbox(), "getConferenceMaster", SANDBOX.userToken()).json().path("conferenceRooms");
        List<String> ids = new ArrayList<>();
        rooms.forEach(room -> ids.add(room.path("id").asText()));
        assertThat(ids).as("replaced in place, added at the end").containsExactly("CR001", "CR002", "CR003", "CR005", "CR006");
        assertThat(rooms.get(1).path("name").asText()).isEqualTo("会議室B (renovated)");
        assertThat(rooms.get(1).path("capacity").asInt()).isEqualTo(6);
        assertThat(get(SANDBOX.sandbox(), "/getConferenceRooms", SANDBOX.userToken()).json().path("conferenceRooms")).isEqualTo(rooms);

        SANDBOX.sandbox().reset();
        assertThat(SANDBOX.sandbox().conferenceRooms()).extracting(SandboxConferenceRoom::id)
                .containsExactly("CR001", "CR002", "CR003", "CR004", "CR005");
    }
}
