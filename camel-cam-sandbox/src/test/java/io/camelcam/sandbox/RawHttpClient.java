package io.camelcam.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tests' HTTP client for a sandbox: plain HTTP over real sockets, without the component's typed
 * client, so a test sees exactly what went on the wire. java.net.http for ordinary requests, a raw
 * socket for literal bytes ({@link #sendBytes}).
 */
final class RawHttpClient {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String TOKEN = "x-cam-apiToken";

    private RawHttpClient() {
    }

    /** An HTTP answer with its body as text. */
    record Answer(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        int camStatus() {
            return json().path("status").asInt();
        }

        List<String> errorCodes() {
            List<String> codes = new ArrayList<>();
            json().path("errors").forEach(e -> codes.add(e.path("code").asText()));
            return codes;
        }

        List<String> errorMessages() {
            List<String> messages = new ArrayList<>();
            json().path("errors").forEach(e -> messages.add(e.path("message").asText()));
            return messages;
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Form-encodes properly (UTF-8), as a client should. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> fields(String... nameValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], nameValues[i + 1]);
        }
        return fields;
    }

    static Answer post(CamSandbox sandbox, String operation, String token, String... nameValues) {
        return postBody(sandbox, operation, token, FORM, form(fields(nameValues)).getBytes(StandardCharsets.UTF_8));
    }

    static Answer postBody(CamSandbox sandbox, String operation, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url() + "/" + operation))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header(TOKEN, token);
        }
        return send(request.build());
    }

    static Answer get(CamSandbox sandbox, String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header(TOKEN, token);
        }
        return send(request.build());
    }

    static Answer method(CamSandbox sandbox, String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header(TOKEN, token);
        }
        return send(request.build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A message JSON object as {@code sendMessage} expects it. */
    static String message(String panelName, String text, String users) {
        var node = JSON.createObjectNode().put("panelName", panelName).put("message", text).put("isOpened", false);
        if (users != null) {
            node.putObject("generalPurposes").put("users", users);
        }
        return node.toString();
    }

    /** What a raw socket read back: the status, lower-cased header names, and the de-chunked body. */
    record RawAnswer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }

    /** Sends exactly these bytes on a fresh connection (which should say Connection: close) and reads the answer. */
    static RawAnswer sendBytes(CamSandbox sandbox, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request curl would send: request line, Host, User-Agent, Accept, then the given headers and body. */
    static byte[] curlRequest(CamSandbox sandbox, String method, String path, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(sandbox.port()).append("\r\n")
                .append("User-Agent: curl/7.88.1\r\n")
                .append("Accept: */*\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static RawAnswer parse(byte[] response) throws IOException {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end > 0 && new String(response, 0, end, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 100")) {
            return parse(Arrays.copyOfRange(response, end + 4, response.length)); // interim 100 Continue
        }
        if (end < 0) {
            throw new IOException("no complete header block in " + response.length + " bytes");
        }
        String[] lines = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new RawAnswer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (true) {
            int lineEnd = indexOf(chunked, new byte[]{'\r', '\n'}, pos);
            int size = Integer.parseInt(new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads a whole stream, for streamed bodies. */
    static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart/form-data body with one file part, as curl -F builds it. */
    static byte[] multipart(String boundary, String partName, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Answer uploadCsv(CamSandbox sandbox, String token, String csv) {
        return uploadCsv(sandbox, token, csv.getBytes(StandardCharsets.UTF_8));
    }

    static Answer uploadCsv(CamSandbox sandbox, String token, byte[] csv) {
        String boundary = "------------------------a1b2c3d4e5f6";
        return postBody(sandbox, "updateUsersCSV", token, "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "file", "updateUsers.csv", csv));
    }
}
