package io.camelcam.sandbox.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.camelcam.sandbox.internal.cam.RequestRefusedException;

/**
 * Decodes {@code application/x-www-form-urlencoded} bytes. It works on bytes, not characters, so the
 * manual's raw {@code curl -d} bodies (unencoded JSON with quotes and raw UTF-8 Japanese) decode exactly
 * like properly encoded ones: {@code +} is a space, {@code %XX} a byte, anything else itself, and the
 * resulting bytes are UTF-8. A {@code %} not followed by two hex digits is kept as is, since raw text such
 * as "100%" is common in those bodies.
 */
public final class FormParser {

    private FormParser() {
    }

    /**
     * Adds the parameters of {@code data[0..length)} to {@code into}; a name already present keeps its value.
     *
     * @throws RequestRefusedException when a name or value is not UTF-8
     */
    public static void parse(byte[] data, int length, Map<String, String> into) {
        int start = 0;
        while (start < length) {
            int end = indexOf(data, (byte) '&', start, length);
            if (end > start) {
                int eq = indexOf(data, (byte) '=', start, end);
                String name = decode(data, start, eq, "body");
                String value = eq == end ? "" : decode(data, eq + 1, end, name);
                into.putIfAbsent(name, value);
            }
            start = end + 1;
        }
    }

    private static int indexOf(byte[] data, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static String decode(byte[] data, int from, int to, String field) {
        byte[] out = new byte[to - from];
        int n = 0;
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '+') {
                b = ' ';
            } else if (b == '%' && i + 2 < to && hex(data[i + 1]) >= 0 && hex(data[i + 2]) >= 0) {
                b = (byte) (hex(data[i + 1]) << 4 | hex(data[i + 2]));
                i += 2;
            }
            ascii &= b >= 0;
            out[n++] = b;
        }
        if (ascii) {
            return new String(out, 0, n, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            throw RequestRefusedException.invalid(field, "not UTF-8");
        }
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
