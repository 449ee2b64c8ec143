package io.camelcam.sandbox.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of {@code multipart/form-data} bodies: well-formed ones (whose parts are known, for
 * round trips), the same broken in the ways a body breaks (cut off, bytes inserted or dropped, LF
 * for CRLF, another boundary), and soups of the pieces a multipart body is made of.
 */
public final class RandomMultipart {

    /** RFC 2046 bchars. */
    private static final String BOUNDARY_CHARS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'()+_,-./:=? ";

    private RandomMultipart() {
    }

    /** One part as sent: its form-field name, file name ({@code null} for none) and content. */
    public record Part(String name, String filename, byte[] content) {
        @Override
        public String toString() {
            return "Part[name=" + name + ", filename=" + filename + ", " + content.length + " bytes: " + preview(content) + "]";
        }
    }

    /** A body and the boundary its Content-Type names; {@code parts} when it is well-formed, else null. */
    public record Body(String boundary, byte[] bytes, List<Part> parts) {

        public String contentType() {
            return "multipart/form-data; boundary=\"" + boundary + "\"";
        }

        /** The delimiter that ends every part: what no content or preamble may hold. */
        public byte[] delimiter() {
            return ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return "Body[boundary=" + boundary + ", " + bytes.length + " bytes: " + preview(bytes) + "]";
        }
    }

    public static Arbitrary<String> boundaries() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("xyz", "a", "------------------------a1b2c3d4e5f6",
                        "----WebKitFormBoundary7MA4YWxkTrZu0gW", "-", "=?", "x".repeat(70))),
                Tuple.of(3, Arbitraries.strings().withChars(BOUNDARY_CHARS).ofMinLength(1).ofMaxLength(70)));
    }

    /** Bodies as a client builds them: preamble, parts, closing delimiter, epilogue. */
    public static Arbitrary<Body> wellFormed() {
        Arbitrary<String> padding = Arbitraries.of("", "", " ", "\t ");
        Arbitrary<String> preamble = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.strings().withChars("abc -\r\n").ofMaxLength(40)));
        Arbitrary<String> epilogue = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("", "\r\n")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)));
        return Combinators.combine(boundaries(), parts().list().ofMaxSize(4), preamble, padding, epilogue)
                .as((boundary, parts, pre, pad, epi) -> {
                    Body body = assemble(boundary, parts, pre, pad, epi);
                    return holdsNoStrayDelimiter(body, pre) ? body : null;
                })
                .filter(Objects::nonNull);
    }

    /** Anything multipart-like: well-formed, broken, or a soup of its pieces. */
    public static Arbitrary<Body> anyBody() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, wellFormed()),
                Tuple.of(4, broken()),
                Tuple.of(3, soup()),
                Tuple.of(1, Combinators.combine(boundaries(), Arbitraries.bytes().array(byte[].class).ofMaxSize(2000))
                        .as((boundary, bytes) -> new Body(boundary, bytes, null))));
    }

    private static Arbitrary<Part> parts() {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("file", "other", "")),
                Tuple.of(1, quotable()));
        Arbitrary<String> filename = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("updateUsers.csv", "ユーザー.csv", "a;b=c.csv")),
                Tuple.of(1, quotable()));
        return Combinators.combine(name, filename, contents()).as(Part::new);
    }

    /** Text a quoted-string carries unescaped: no quote, backslash, CR, LF or lone surrogate. */
    private static Arbitrary<String> quotable() {
        return Arbitraries.strings().withCharRange(' ', '\uD7FF').withCharRange('\uE000', '\uFFFD')
                .excludeChars('"', '\\').ofMaxLength(20);
    }

    /** Part contents: CSV (valid or not), text full of CR, LF and dashes, random bytes, more than a buffer. */
    public static Arbitrary<byte[]> contents() {
        Arbitrary<String> csv = Arbitraries.of("email,name\r\nnew.user@example.com,New User\r\n",
                "email,name,role\r\nalice@example.com,Alice,admin\r\n", "email\r\n", "", "email,name\r\nbob,Bob\r\n",
                "\uFEFFemail,deleted\r\nbob@example.com,true\r\n", "email,email\r\na@b.co,a@b.co\r\n", "\"unterminated",
                "email,name\r\n\"a@b.co\",\"x\r\ny\"\r\n");
        Arbitrary<String> dashes = Arbitraries.strings().withChars("-\r\n x").ofMaxLength(60);
        return Arbitraries.frequencyOf(
                Tuple.of(3, csv.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, dashes.map(s -> s.getBytes(StandardCharsets.ISO_8859_1))),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(500)),
                Tuple.of(1, Arbitraries.integers().between(60_000, 140_000).map(n -> {
                    byte[] big = new byte[n];
                    Arrays.fill(big, (byte) 'x');
                    return big;
                })));
    }

    private static Body assemble(String boundary, List<Part> parts, String preamble, String padding, String epilogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, preamble.isEmpty() ? "" : preamble + "\r\n");
        for (Part part : parts) {
            write(out, "--" + boundary + padding + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\n");
            write(out, "Content-Type: text/csv\r\n\r\n");
            out.writeBytes(part.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--" + epilogue);
        return new Body(boundary, out.toByteArray(), parts);
    }

    /**
     * A body in which the first delimiter the reader meets is the first boundary written, and no
     * content holds one: random preambles and contents may hold a delimiter, which would end a
     * part early. The reader puts a CRLF before the body, so a boundary that opens the body counts.
     */
    private static boolean holdsNoStrayDelimiter(Body body, String preamble) {
        byte[] delimiter = body.delimiter();
        for (Part part : body.parts()) {
            if (indexOf(part.content(), delimiter, 0) >= 0) {
                return false;
            }
        }
        byte[] read = new byte[body.bytes().length + 2];
        read[0] = '\r';
        read[1] = '\n';
        System.arraycopy(body.bytes(), 0, read, 2, body.bytes().length);
        int firstBoundary = preamble.isEmpty() ? 0 : preamble.getBytes(StandardCharsets.UTF_8).length + 2;
        return indexOf(read, delimiter, 0) == firstBoundary;
    }

    /** Well-formed bodies, then damaged. */
    private static Arbitrary<Body> broken() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20);
        return Combinators.combine(wellFormed(), Arbitraries.integers().between(0, 4), where, noise, boundaries())
                .as((body, damage, at, bytes, otherBoundary) -> {
                    byte[] b = body.bytes();
                    int pos = (int) (b.length * at);
                    byte[] damaged = switch (damage) {
                        case 0 -> Arrays.copyOf(b, pos);
                        case 1 -> concat(Arrays.copyOf(b, pos), bytes, Arrays.copyOfRange(b, pos, b.length));
                        case 2 -> concat(Arrays.copyOf(b, pos), Arrays.copyOfRange(b, Math.min(b.length, pos + bytes.length), b.length));
                        case 3 -> new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
                        default -> b;
                    };
                    return new Body(damage == 4 ? otherBoundary : body.boundary(), damaged, null);
                });
    }

    /** The pieces of multipart bodies, in any order. */
    private static Arbitrary<Body> soup() {
        return boundaries().flatMap(boundary -> {
            Arbitrary<String> piece = Arbitraries.of("--" + boundary, "--" + boundary + "--", "\r\n", "\r", "\n", "\r\n\r\n",
                    "Content-Disposition: form-data; name=\"file\"", "Content-Disposition: form-data; name=file; filename=",
                    "content-disposition:form-data;name=\"", "; filename=\"u.csv\"", "Content-Type: text/csv", ":", " ", "\t",
                    "email,name", "a@b.co,A", "--", "-", "\"", "\u00ff", "X-Big: " + "a".repeat(17_000));
            return piece.list().ofMaxSize(30).map(pieces -> new Body(boundary,
                    String.join("", pieces).getBytes(StandardCharsets.ISO_8859_1), null));
        });
    }

    private static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
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

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.ISO_8859_1);
        return text.replace("\r", "\\r").replace("\n", "\\n") + (bytes.length > 120 ? "…" : "");
    }
}
