package io.camelcam.client.operation;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.json.ModelJson;

/** What a call puts on the wire, read back for assertions. */
final class WireFields {

    private WireFields() {
    }

    static Map<String, String> form(CamCall<?> call) {
        return ((RequestBody.Form) call.body()).fields();
    }

    static JsonNode json(CamCall<?> call, String field) throws Exception {
        return ModelJson.MAPPER.readTree(form(call).get(field));
    }

    static JsonNode answer(String json) throws Exception {
        return ModelJson.MAPPER.readTree(json);
    }
}
