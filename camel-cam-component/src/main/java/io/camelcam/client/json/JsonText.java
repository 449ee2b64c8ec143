package io.camelcam.client.json;

import java.util.List;

/**
 * A small JSON document written straight into text, for the bodies written once per message
 * ({@code sendMessage}, {@code sendMessages}): no generator, no pooled buffers to take and give back.
 * Strings are escaped exactly as Jackson's default generator escapes them (backslash escapes for quote, backslash, b, t, n, f, r;
 * other control characters as a six-character {@code u00XX} escape, everything else as it is), so the bytes on the wire
 * are the same as Jackson would write; {@code JsonTextPropertyTest} holds it to that.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    /** A value was written at this level: the next one needs a comma. */
    private boolean afterValue;

    public JsonText(int expectedLength) {
        out = new StringBuilder(expectedLength);
    }

    public JsonText startObject() {
        beforeValue();
        out.append('{');
        afterValue = false;
        return this;
    }

    /** {@code "name":{}, the object's fields follow. */
    public JsonText startObject(String name) {
        name(name);
        out.append('{');
        afterValue = false;
        return this;
    }

    public JsonText endObject() {
        out.append('}');
        afterValue = true;
        return this;
    }

    public JsonText startArray() {
        beforeValue();
        out.append('[');
        afterValue = false;
        return this;
    }

    public JsonText endArray() {
        out.append(']');
        afterValue = true;
        return this;
    }

    /** {@code "name":"value"}, or {@code "name":null}. */
    public JsonText field(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        afterValue = true;
        return this;
    }

    public JsonText field(String name, boolean value) {
        name(name);
        out.append(value);
        afterValue = true;
        return this;
    }

    /** {@code "name":"a,b,c"}: the values joined by {@code separator} into one string, without building it first. */
    public JsonText field(String name, List<String> values, char separator) {
        name(name);
        out.append('"');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                escaped(separator);
            }
            escaped(values.get(i));
        }
        out.append('"');
        afterValue = true;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void name(String name) {
        beforeValue();
        string(name);
        out.append(':');
    }

    private void beforeValue() {
        if (afterValue) {
            out.append(',');
        }
    }

    private void string(String value) {
        out.append('"');
        escaped(value);
        out.append('"');
    }

    private void escaped(String value) {
        int plainFrom = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(value, plainFrom, i);
                escaped(c);
                plainFrom = i + 1;
            }
        }
        out.append(value, plainFrom, value.length());
    }

    private void escaped(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < 0x20) {
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append(c);
                }
            }
        }
    }
}
