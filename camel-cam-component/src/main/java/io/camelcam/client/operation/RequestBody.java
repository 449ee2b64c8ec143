package io.camelcam.client.operation;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

import io.camelcam.client.csv.CsvUpload;

/** What a call puts on the wire: a UTF-8 form, or a multipart CSV upload. */
public sealed interface RequestBody {

    /** {@code application/x-www-form-urlencoded; charset=UTF-8}, every value properly encoded. */
    record Form(Map<String, String> fields) implements RequestBody {

        /** Bytes a form value keeps as they are (the rest is percent-encoded). */
        private static final boolean[] KEPT = kept();
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

        private static boolean[] kept() {
            boolean[] kept = new boolean[256];
            for (int c = 0; c < 256; c++) {
                kept[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || c == '*' || c == '-' || c == '.' || c == '_';
            }
            return kept;
        }

        public Form {
            fields = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        public static Form of(String name, String value) {
            return new Form(Map.of(name, value));
        }

        public static Form empty() {
            return new Form(Map.of());
        }

        /**
         * The HTML form encoding: UTF-8, letters, digits and {@code *-._} as they are, space as
         * {@code +}, every other byte as {@code %XX}. Written byte by byte: this runs once per
         * message, and the general-purpose codecs cost more than the rest of the request.
         */
        public byte[] encode() {
            int size = 0;
            byte[][] parts = new byte[fields.size() * 2][];
            int i = 0;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                parts[i] = field.getKey().getBytes(StandardCharsets.UTF_8);
                parts[i + 1] = field.getValue().getBytes(StandardCharsets.UTF_8);
                size += encodedLength(parts[i]) + encodedLength(parts[i + 1]) + 2;
                i += 2;
            }
            byte[] out = new byte[Math.max(0, size - 1)];
            int at = 0;
            for (i = 0; i < parts.length; i += 2) {
                if (i > 0) {
                    out[at++] = '&';
                }
                at = encode(parts[i], out, at);
                out[at++] = '=';
                at = encode(parts[i + 1], out, at);
            }
            return out;
        }

        private static int encodedLength(byte[] raw) {
            int n = 0;
            for (byte b : raw) {
                n += KEPT[b & 0xff] || b == ' ' ? 1 : 3;
            }
            return n;
        }

        private static int encode(byte[] raw, byte[] out, int at) {
            for (byte b : raw) {
                int c = b & 0xff;
                if (KEPT[c]) {
                    out[at++] = b;
                } else if (c == ' ') {
                    out[at++] = '+';
                } else {
                    out[at++] = '%';
                    out[at++] = HEX[c >> 4];
                    out[at++] = HEX[c & 0xf];
                }
            }
            return at;
        }

        /** Field names only: values may hold secrets (a quick-call password). */
        @Override
        public String toString() {
            return "Form" + fields.keySet();
        }
    }

    /** {@code multipart/form-data} with one file part holding a validated CSV. */
    record Multipart(String partName, CsvUpload csv) implements RequestBody {
    }
}
