package io.camelcam.examples.mailtochat;

import java.util.Locale;

/**
 * Reduces HTML to the text a person would read: tags dropped, block ends as line breaks, script and
 * style left out, the common entities decoded. One pass over the input, no parser and no regular
 * expression, so its cost is linear in the (already bounded) input; it is not a sanitizer and does
 * not need to be, since the result is posted as plain text.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String reduce(String html) {
        StringBuilder text = new StringBuilder(Math.min(html.length(), 1 << 16));
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                boolean closing = i + 1 < close && html.charAt(i + 1) == '/';
                String tag = tagName(html, i + 1, close);
                if (!closing && (tag.equals("script") || tag.equals("style"))) {
                    int end = indexOfIgnoreCase(html, "</" + tag, close);
                    i = end < 0 ? html.length() : end;
                    continue;
                }
                if (isLineBreak(tag)) {
                    text.append('\n');
                }
                i = close + 1;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                String decoded = semicolon > i && semicolon - i <= 10 ? entity(html.substring(i + 1, semicolon)) : null;
                if (decoded != null) {
                    text.append(decoded);
                    i = semicolon + 1;
                } else {
                    text.append(c);
                    i++;
                }
            } else {
                text.append(c == '\r' || c == '\n' || c == '\t' ? ' ' : c);
                i++;
            }
        }
        return tidy(text);
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int at = from; at <= text.length() - what.length(); at++) {
            if (text.regionMatches(true, at, what, 0, what.length())) {
                return at;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isLineBreak(String tag) {
        return switch (tag) {
            case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul",
                 "ol", "hr" -> true;
            default -> false;
        };
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notACodePoint) {
            // left as written: "&#xZZ;" is text, not an entity
        }
        return null;
    }

    /** Blanks collapsed within lines, blank lines dropped. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.toString().split("\n")) {
            String collapsed = line.strip().replaceAll(" {2,}", " ");
            if (!collapsed.isEmpty()) {
                out.append(collapsed).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }
}
