package io.camelcam.client.operation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.WWWFormCodec;

import io.camelcam.client.csv.CsvUpload;

/** What a call puts on the wire: a UTF-8 form, or a multipart CSV upload. */
public sealed interface RequestBody {

    /** {@code application/x-www-form-urlencoded; charset=UTF-8}, every value properly encoded. */
    record Form(Map<String, String> fields) implements RequestBody {

        public Form {
            fields = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        public static Form of(String name, String value) {
            return new Form(Map.of(name, value));
        }

        public static Form empty() {
            return new Form(Map.of());
        }

        public byte[] encode() {
            List<NameValuePair> pairs = new ArrayList<>(fields.size());
            fields.forEach((name, value) -> pairs.add(new BasicNameValuePair(name, value)));
            return WWWFormCodec.format(pairs, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII);
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
