package io.camelcam.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.contract.AnswerDrift;
import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.contract.ContractTerm;
import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.client.operation.ExportUsers;
import io.camelcam.client.operation.GetConferenceRoomStatus;
import io.camelcam.client.operation.GetConferenceRooms;
import io.camelcam.client.operation.JsonCall;
import io.camelcam.client.operation.RequestBody;
import io.camelcam.client.operation.SendMessage;
import io.camelcam.probe.ProbeRow.Verdict;

/**
 * Sends the component's own requests (built by its operation classes) to a CAM server and compares each
 * answer with {@link AssumedContract}: by field names only, never printing a value. The JDK's HTTP client
 * carries them, so the probe sees the raw answer the component would decode, and decodes it as the
 * component would.
 */
final class ContractProbe {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** The most of a JSON answer read, as the component's default maxResponseSize. */
    static final int MAX_ANSWER_BYTES = (int) CamHttpTransport.DEFAULT_MAX_RESPONSE_SIZE;
    /** The most of a CSV's first line read: the header, never more than that. */
    static final int MAX_CSV_HEADER_BYTES = 64 * 1024;
    static final String PROBE_MESSAGE = "camel-cam contract probe";

    private final ProbeArguments arguments;
    private final HttpClient http;

    ContractProbe(ProbeArguments arguments) {
        this.arguments = arguments;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    List<ProbeRow> run() {
        List<ProbeRow> rows = new ArrayList<>();
        rows.add(probeJson(new GetConferenceRooms(GetConferenceRooms.MASTER), arguments.token()));
        rows.add(probeJson(new GetConferenceRoomStatus(ReservationPeriod.ofMonth(YearMonth.now(ZoneOffset.UTC))),
                arguments.token()));
        if (arguments.adminToken() != null) {
            rows.add(probeExport(arguments.adminToken()));
        } else {
            rows.add(ProbeRow.unanswered(ExportUsers.OPERATION, Verdict.SKIPPED, "no --admin-token-env"));
        }
        if (arguments.write()) {
            rows.add(probeJson(new SendMessage(CamMessage.toRoom(arguments.room(), PROBE_MESSAGE + " " + Instant.now())),
                    arguments.token()));
        }
        return rows;
    }

    private HttpResponse<InputStream> post(String operation, RequestBody.Form body, String token)
            throws IOException, InterruptedException {
        URI uri = arguments.serverUri().resolve(operation);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT)
                .header(CamHttpTransport.TOKEN_HEADER, token)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.encode())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private ProbeRow probeJson(JsonCall<?> call, String token) {
        String operation = call.operation();
        try {
            HttpResponse<InputStream> response = post(operation, (RequestBody.Form) call.body(), token);
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
            return judgeJson(call, response.statusCode(), body);
        } catch (IOException e) {
            return unreachable(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeRow.unanswered(operation, Verdict.NOT_CHECKED, "interrupted");
        }
    }

    private static ProbeRow judgeJson(JsonCall<?> call, int httpStatus, byte[] body) {
        String operation = call.operation();
        if (httpStatus != 200) {
            return httpRow(operation, httpStatus);
        }
        if (body.length > MAX_ANSWER_BYTES) {
            return row(operation, 200, "-", Verdict.DIFFERS, "answer larger than " + MAX_ANSWER_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = ModelJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return row(operation, 200, "-", Verdict.DIFFERS, "answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            return row(operation, 200, "-", Verdict.DIFFERS, "answer is not a JSON object");
        }
        JsonNode status = root.get("status");
        if (status != null && !status.isNull() && !status.canConvertToInt()) {
            return row(operation, 200, "?", Verdict.DIFFERS, "'status' is not a number");
        }
        int cam = status == null || status.isNull() ? AssumedContract.STATUS_OK : status.asInt();
        String camText = status == null || status.isNull() ? "-" : Integer.toString(cam);
        if (cam == AssumedContract.STATUS_ERROR) {
            return errorRow(operation, root.get("errors"));
        }
        if (cam != AssumedContract.STATUS_OK) {
            return row(operation, 200, camText, Verdict.DIFFERS, "unknown status");
        }
        AnswerDrift drift = AnswerDrift.of(operation, root);
        String decoding = null;
        try {
            call.decode(call.readsAnswer() ? root : null);
        } catch (Exception e) {
            // the exception's message may quote a value: its type only
            decoding = "the component cannot decode it (" + e.getClass().getSimpleName() + ")";
        }
        Verdict verdict = drift.asAssumed() && decoding == null ? Verdict.AS_ASSUMED : Verdict.DIFFERS;
        return new ProbeRow(operation, 200, camText, drift.seen(), drift.missing(), drift.unexpected(), verdict, decoding);
    }

    /** A 520: refused by a code the contract names (not checked), or by one it does not know (differs). */
    private static ProbeRow errorRow(String operation, JsonNode errors) {
        Set<String> known = new LinkedHashSet<>();
        for (ContractTerm term : AssumedContract.TERMS) {
            if (term.kind() == ContractTerm.Kind.ERROR_CODE) {
                known.add(term.name());
            }
        }
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return row(operation, 200, "520", Verdict.DIFFERS, "status 520 without an errors array");
        }
        List<String> codes = new ArrayList<>();
        boolean unknown = false;
        for (JsonNode error : errors) {
            JsonNode code = error.get("code");
            String text = code == null || !code.isValueNode() ? "?" : printable(code.asText());
            codes.add(text);
            unknown |= !known.contains(text);
        }
        String camText = "520 " + String.join(",", codes);
        return unknown ? row(operation, 200, camText, Verdict.DIFFERS, "an error code the contract does not name")
                : row(operation, 200, camText, Verdict.NOT_CHECKED, "CAM refused the request");
    }

    private ProbeRow probeExport(String token) {
        ExportUsers call = new ExportUsers(null);
        try {
            HttpResponse<InputStream> response = post(call.operation(), (RequestBody.Form) call.body(), token);
            try (InputStream in = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (response.statusCode() == 200 && type.startsWith("application/json")) {
                    // a JSON answer to exportUsers: an error, or a shape the contract does not assume
                    return judgeJson(new ExportAsJson(), 200, in.readNBytes(MAX_ANSWER_BYTES + 1));
                }
                if (response.statusCode() != 200) {
                    return httpRow(call.operation(), response.statusCode());
                }
                return judgeCsvHeader(call.operation(), firstLine(in));
            }
        } catch (IOException e) {
            return unreachable(call.operation(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeRow.unanswered(call.operation(), Verdict.NOT_CHECKED, "interrupted");
        }
    }

    /** Reads exportUsers' JSON answer for its status: the contract expects none but CSV. */
    private static final class ExportAsJson implements JsonCall<Void> {
        @Override
        public String operation() {
            return ExportUsers.OPERATION;
        }

        @Override
        public boolean idempotent() {
            return true;
        }

        @Override
        public RequestBody body() {
            return RequestBody.Form.empty();
        }

        @Override
        public Void decode(JsonNode root) {
            throw new IllegalStateException("exportUsers answered JSON where the CSV itself is assumed");
        }
    }

    /** The CSV's first line, read byte by byte up to the bound: the rest, user data, is never read. */
    private static String firstLine(InputStream in) throws IOException {
        byte[] line = new byte[MAX_CSV_HEADER_BYTES];
        int n = 0;
        int b;
        while (n < line.length && (b = in.read()) != -1 && b != '\n') {
            line[n++] = (byte) b;
        }
        String text = new String(line, 0, n, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static ProbeRow judgeCsvHeader(String operation, String header) {
        Set<String> columns = new LinkedHashSet<>();
        for (String column : header.split(",", -1)) {
            columns.add(column.trim().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String expected : AssumedContract.USERS_CSV_COLUMNS) {
            (columns.contains(expected) ? seen : missing).add(expected);
        }
        Set<String> unexpected = new LinkedHashSet<>();
        int unnamed = 0;
        for (String column : columns) {
            if (AssumedContract.USERS_CSV_COLUMNS.contains(column)) {
                continue;
            }
            // a first line of data instead of a header must not print a user's e-mail or name
            if (column.matches("[a-z][a-z0-9_ ]{0,39}")) {
                unexpected.add(column);
            } else {
                unnamed++;
            }
        }
        if (unnamed > 0) {
            unexpected.add(unnamed + " column(s) not shown: they do not look like names");
        }
        Verdict verdict = missing.isEmpty() && unexpected.isEmpty() ? Verdict.AS_ASSUMED : Verdict.DIFFERS;
        return new ProbeRow(operation, 200, "-", seen, missing, unexpected, verdict, null);
    }

    private static ProbeRow httpRow(String operation, int status) {
        // no such path, or not by POST: the operation is not where the contract puts it
        Verdict verdict = status == 404 || status == 405 ? Verdict.DIFFERS : Verdict.NOT_CHECKED;
        return row(operation, status, "-", verdict, "HTTP " + status);
    }

    private static ProbeRow unreachable(String operation, IOException e) {
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return ProbeRow.unanswered(operation, Verdict.UNREACHABLE, "cannot connect (" + e.getClass().getSimpleName() + ")");
        }
        if (e instanceof HttpTimeoutException) {
            return ProbeRow.unanswered(operation, Verdict.NOT_CHECKED, "no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        }
        return ProbeRow.unanswered(operation, Verdict.UNREACHABLE, e.getClass().getSimpleName());
    }

    private static ProbeRow row(String operation, int http, String cam, Verdict verdict, String detail) {
        return new ProbeRow(operation, http, cam, Set.of(), Set.of(), Set.of(), verdict, detail);
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 16 ? clean.substring(0, 16) + "..." : clean;
    }
}
