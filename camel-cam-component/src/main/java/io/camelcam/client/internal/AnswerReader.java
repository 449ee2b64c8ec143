package io.camelcam.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.client.contract.AnswerDrift;
import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamProxyAuthenticationException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.internal.http.HttpResult;
import io.camelcam.client.internal.http.ResponseBytes;
import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.CamError;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.JsonCall;
import io.camelcam.client.operation.StreamCall;

/**
 * Reads what CAM answered into a call's typed result, following the contract's error rules: an HTTP
 * status other than 200 is a {@link CamHttpException}; {@code "status": 520} a {@link CamApiException}
 * with every error; an answer that is not what the operation promises a {@link CamResponseException}.
 * A streamed answer goes to its call as it is, named by its Content-Disposition.
 */
public final class AnswerReader {

    private static final int EXCERPT_CHARS = 300;
    /** What {@link #scanStatus} makes of a success (status 200 or none); read, never modified. */
    private static final JsonNode SUCCESS = ModelJson.MAPPER.createObjectNode();

    private AnswerReader() {
    }

    /**
     * The typed result of {@code call} from what came back, or the exception that says what went wrong.
     * A successful JSON answer is first compared with the assumed contract, departures going to {@code drift}.
     */
    public static <T> T read(CamCall<T> call, HttpResult response, DriftWarnings drift) {
        if (response instanceof HttpResult.Streamed streamed && call instanceof StreamCall<T> streamCall) {
            String fileName = fileName(streamed.contentDisposition(), streamCall.requestedFileName());
            return streamCall.decode(new CsvDownload(fileName, streamed.body()));
        }
        HttpResult.Buffered buffered = (HttpResult.Buffered) response;
        if (buffered.status() == CamProxyAuthenticationException.STATUS) {
            throw new CamProxyAuthenticationException(call.operation(), buffered.reason());
        }
        if (buffered.status() != 200) {
            throw new CamHttpException(call.operation(), buffered.status(), buffered.reason(),
                    retryAfter(buffered.retryAfter()), excerpt(buffered.body()));
        }
        if (call instanceof JsonCall<T> jsonCall && !jsonCall.readsAnswer()) {
            List<String> names = new ArrayList<>(2);
            checkCamStatus(call.operation(), scanStatus(call.operation(), buffered.body(), names));
            drift.report(AnswerDrift.ofTopLevel(call.operation(), names));
            return decode(jsonCall, null);
        }
        JsonNode root = parse(call.operation(), buffered.body());
        checkCamStatus(call.operation(), root);
        if (call instanceof JsonCall<T> jsonCall) {
            drift.report(AnswerDrift.of(call.operation(), root));
            return decode(jsonCall, root);
        }
        throw new CamResponseException(call.operation(), "expected CSV but CAM answered JSON: " + excerpt(buffered.body()), null);
    }

    private static <T> T decode(JsonCall<T> jsonCall, JsonNode root) {
        try {
            return jsonCall.decode(root);
        } catch (Exception e) {
            throw new CamResponseException(jsonCall.operation(), "unexpected answer: " + e.getMessage(), e);
        }
    }

    /**
     * Reads only the top-level {@code status} and {@code errors} of an answer, skipping everything
     * else, for calls that need nothing more; as strict as {@link #parse} about malformed JSON. Saves
     * building a tree per message. The top-level field names go to {@code names}, bounded.
     */
    private static JsonNode scanStatus(String operation, ResponseBytes body, List<String> names) {
        // the usual answer, {"status":200}, needs no node: one is built only for anything else
        int intStatus = 0;
        boolean hasIntStatus = false;
        JsonNode otherStatus = null;
        JsonNode errors = null;
        try (JsonParser json = parser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new CamResponseException(operation, "answer is not a JSON object: " + excerpt(body), null);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                if (names.size() < AnswerDrift.MAX_UNEXPECTED) {
                    names.add(name);
                }
                json.nextToken();
                if ("status".equals(name) && json.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    intStatus = json.getIntValue(); // the common case, without a deserializer
                    hasIntStatus = true;
                    otherStatus = null;
                } else if ("status".equals(name)) {
                    otherStatus = json.readValueAsTree();
                    hasIntStatus = false;
                } else if ("errors".equals(name)) {
                    errors = json.readValueAsTree();
                } else {
                    json.skipChildren();
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT) {
                throw new CamResponseException(operation, "malformed JSON answer: " + excerpt(body), null);
            }
            if (otherStatus == null && (!hasIntStatus || intStatus == AssumedContract.STATUS_OK)) {
                return SUCCESS;
            }
            ObjectNode found = ModelJson.MAPPER.createObjectNode();
            if (hasIntStatus) {
                found.put("status", intStatus);
            } else {
                found.set("status", otherStatus);
            }
            if (errors != null) {
                found.set("errors", errors);
            }
            return found;
        } catch (JsonProcessingException e) {
            throw new CamResponseException(operation, "malformed or truncated JSON answer ("
                    + body.length() + " bytes): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CamResponseException(operation, "unreadable answer: " + e.getMessage(), e);
        }
    }

    /** A parser over the body: straight over its array in the usual case of a small answer. */
    private static JsonParser parser(ResponseBytes body) throws IOException {
        byte[] array = body.singleArray();
        return array != null ? ModelJson.MAPPER.createParser(array) : ModelJson.MAPPER.createParser(body.stream());
    }

    private static JsonNode parse(String operation, ResponseBytes body) {
        try (JsonParser json = parser(body)) {
            JsonNode root = ModelJson.MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new CamResponseException(operation, "answer is not a JSON object: " + excerpt(body), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new CamResponseException(operation, "malformed or truncated JSON answer ("
                    + body.length() + " bytes): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CamResponseException(operation, "unreadable answer: " + e.getMessage(), e);
        }
    }

    private static void checkCamStatus(String operation, JsonNode root) {
        JsonNode status = root.get("status");
        if (status == null || status.isNull()) {
            return; // assumed: no status means success
        }
        if (!status.canConvertToInt()) {
            throw new CamResponseException(operation, "'status' is not a number: " + status, null);
        }
        int code = status.asInt();
        if (code == AssumedContract.STATUS_OK) {
            return;
        }
        if (code == AssumedContract.STATUS_ERROR) {
            JsonNode errors = root.get("errors");
            List<CamError> list = List.of();
            if (errors != null && errors.isArray()) {
                try {
                    list = List.of(ModelJson.MAPPER.treeToValue(errors, CamError[].class));
                } catch (IOException | NullPointerException e) {
                    throw new CamResponseException(operation, "status 520 with unreadable errors: " + errors, e);
                }
            }
            throw new CamApiException(operation, list);
        }
        throw new CamResponseException(operation, "unknown status " + code + " in the answer", null);
    }

    private static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String excerpt(ResponseBytes body) {
        String text = new String(body.start(EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "..." : text;
    }

    private static String fileName(String contentDisposition, String requested) {
        if (contentDisposition != null) {
            for (String part : contentDisposition.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) {
                    String name = p.substring("filename=".length()).replace("\"", "").trim();
                    if (!name.isEmpty()) {
                        return name;
                    }
                }
            }
        }
        return requested;
    }
}
