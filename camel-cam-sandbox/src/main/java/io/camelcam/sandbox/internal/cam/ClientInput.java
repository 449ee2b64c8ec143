package io.camelcam.sandbox.internal.cam;

/** Quotes client input inside error messages: shortened, control characters made visible. */
public final class ClientInput {

    private static final int MAX_QUOTED = 64;

    private ClientInput() {
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_QUOTED) + 3).append('\'');
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX_QUOTED; i++, shown++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        if (value.length() > MAX_QUOTED) {
            out.append('…');
        }
        return out.append('\'').toString();
    }
}
