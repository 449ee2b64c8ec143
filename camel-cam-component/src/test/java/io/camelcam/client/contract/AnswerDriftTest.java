package io.camelcam.client.contract;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.camelcam.client.json.ModelJson;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison itself, on answers a hostile or drifting server could send. */
class AnswerDriftTest {

    private static AnswerDrift drift(String operation, String json) throws Exception {
        return AnswerDrift.of(operation, ModelJson.MAPPER.readTree(json));
    }

    @Test
    void anAnswerAsAssumedHasNothingMissingOrUnexpected() throws Exception {
        AnswerDrift drift = drift("getConferenceMaster",
                "{\"status\":200,\"conferenceRooms\":[{\"id\":\"1\",\"name\":\"A\",\"capacity\":4,\"location\":null}]}");

        assertThat(drift.asAssumed()).isTrue();
        assertThat(drift.seen()).contains("conferenceRooms", "conferenceRooms[].location");
    }

    @Test
    void anElementLackingAFieldMakesItMissingThoughAnotherHasIt() throws Exception {
        AnswerDrift drift = drift("getConferenceMaster",
                "{\"conferenceRooms\":[{\"id\":\"1\",\"name\":\"A\",\"capacity\":4,\"location\":\"x\"},{\"name\":\"B\"}]}");

        assertThat(drift.missing()).containsExactlyInAnyOrder("conferenceRooms[].id", "conferenceRooms[].capacity",
                "conferenceRooms[].location");
    }

    @Test
    void namesAreShownWithoutControlCharactersCutAndBounded() throws Exception {
        StringBuilder json = new StringBuilder("{\"status\":200,\"evil\\nname\":1,\"" + "x".repeat(500) + "\":2");
        for (int i = 0; i < 100; i++) {
            json.append(",\"extra").append(i).append("\":0");
        }
        AnswerDrift drift = drift("sendMessage", json.append('}').toString());

        assertThat(drift.unexpected()).hasSize(AnswerDrift.MAX_UNEXPECTED).contains("evil?name")
                .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(AnswerDrift.MAX_NAME_LENGTH + 3));
    }

    @Test
    void theTopLevelScanAgreesWithTheWholeTree() throws Exception {
        AnswerDrift whole = drift("createQuickCall", "{\"status\":200,\"link\":\"https://x\"}");
        AnswerDrift names = AnswerDrift.ofTopLevel("createQuickCall", List.of("status", "link"));

        assertThat(names).isEqualTo(whole);
        assertThat(whole.missing()).containsExactly("url");
        assertThat(whole.unexpected()).containsExactly("link");
    }
}
