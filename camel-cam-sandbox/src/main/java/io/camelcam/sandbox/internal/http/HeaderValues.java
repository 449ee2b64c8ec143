package io.camelcam.sandbox.internal.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Parses header values of the form {@code type/subtype; name=value; name="quoted \"value\""}. */
public final class HeaderValues {

    private HeaderValues() {
    }

    /** The part before the first {@code ;}, trimmed and lower-cased, e.g. {@code multipart/form-data}. */
    public static String mainValue(String header) {
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The parameters after the main value; names lower-cased, quoted values unquoted. */
    public static Map<String, String> parameters(String header) {
        Map<String, String> params = new HashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int eq = header.indexOf('=', i + 1);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                }
                i = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                i = end;
                params.putIfAbsent(name, value.toString().strip());
                continue;
            }
            params.putIfAbsent(name, value.toString());
        }
        return params;
    }
}
