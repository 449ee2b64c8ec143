package io.camelcam.sandbox;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drift mode: successful answers depart from the assumed contract until cleared; errors do not. */
class SandboxDriftTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static JsonNode rooms() {
        return RawHttpClient.post(SANDBOX.sandbox(), "getConferenceMaster", SANDBOX.userToken()).json();
    }

    @Test
    void renamedFieldsRenameEveryLevelButStatus() {
        SANDBOX.sandbox().drift().set(DriftKind.RENAMED_FIELDS);

        JsonNode answer = rooms();
        assertThat(answer.path("status").asInt()).isEqualTo(200);
        assertThat(answer.has("conferenceRooms")).isFalse();
        assertThat(answer.path("conferenceRooms_v2").get(0).has("id_v2")).isTrue();
    }

    @Test
    void missingFieldsDropTheFirstPlainFieldOfEachObject() {
        SANDBOX.sandbox().drift().set(DriftKind.MISSING_FIELDS, "getConferenceMaster");

        JsonNode room = rooms().path("conferenceRooms").get(0);
        assertThat(room.has("id")).isFalse();
        assertThat(room.has("name")).isTrue();
    }

    @Test
    void extraFieldsAppearAtEveryLevel() {
        SANDBOX.sandbox().drift().set(DriftKind.EXTRA_FIELDS);

        JsonNode answer = rooms();
        assertThat(answer.has("sandboxExtra")).isTrue();
        assertThat(answer.path("conferenceRooms").get(0).has("sandboxExtra")).isTrue();
    }

    @Test
    void unexpectedShapesWrapArraysInObjects() {
        SANDBOX.sandbox().drift().set(DriftKind.UNEXPECTED_SHAPES);

        assertThat(rooms().path("conferenceRooms").path("items").isArray()).isTrue();
    }

    @Test
    void errorsAnOtherOperationAndAResetStayAsAssumed() {
        SANDBOX.sandbox().drift().set(DriftKind.RENAMED_FIELDS, "getConferenceMaster");

        assertThat(RawHttpClient.post(SANDBOX.sandbox(), "getConferenceMaster", "wrong token").json().has("errors")).isTrue();
        assertThat(RawHttpClient.post(SANDBOX.sandbox(), "getConferenceRoomStatus", SANDBOX.userToken(), "date", "202611")
                .json().has("conferenceRoomStatus")).isTrue();
        assertThat(SANDBOX.sandbox().drift().active()).containsExactly("getConferenceMaster: RENAMED_FIELDS");

        SANDBOX.sandbox().reset();
        assertThat(rooms().has("conferenceRooms")).isTrue();
    }

    @Test
    void theHttpControlSetsListsAndClearsDrift() {
        CamSandbox sandbox = SANDBOX.sandbox();
        byte[] request = "{\"kind\":\"EXTRA_FIELDS\",\"operation\":\"getConferenceMaster\"}".getBytes(StandardCharsets.UTF_8);

        RawHttpClient.Answer set = RawHttpClient.postBody(sandbox, "_sandbox/drift", null, "application/json", request);
        assertThat(set.json().path("active").get(0).asText()).isEqualTo("getConferenceMaster: EXTRA_FIELDS");
        assertThat(rooms().has("sandboxExtra")).isTrue();

        RawHttpClient.Answer bad = RawHttpClient.postBody(sandbox, "_sandbox/drift", null, "application/json",
                "{\"kind\":\"RENAMED\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("RENAMED_FIELDS");

        assertThat(RawHttpClient.method(sandbox, "DELETE", "/_sandbox/drift", null).json().path("active")).isEmpty();
        assertThat(rooms().has("sandboxExtra")).isFalse();
    }

    @Test
    void anUnknownOperationIsRefusedByName() {
        assertThatThrownBy(() -> SANDBOX.sandbox().drift().set(DriftKind.EXTRA_FIELDS, "sendMesage"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown operation 'sendMesage'");
    }
}
