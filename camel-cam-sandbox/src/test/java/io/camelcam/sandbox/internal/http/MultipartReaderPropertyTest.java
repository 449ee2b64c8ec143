package io.camelcam.sandbox.internal.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Properties of the streaming multipart reader, fed through streams that hand out a few bytes per
 * read so that every buffer edge is crossed: a well-formed body comes back part by part, byte for
 * byte; anything else ends in parts or a {@link MalformedMultipartException}, never in another
 * exception or an endless loop.
 */
class MultipartReaderPropertyTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Property(tries = 300)
    void aWellFormedBodyComesBackPartByPart(@ForAll("wellFormed") RandomMultipart.Body body,
                                            @ForAll @IntRange(min = 1, max = 70_000) int bytesPerRead) {
        List<RandomMultipart.Part> read = assertTimeoutPreemptively(DEADLINE,
                () -> readAll(body, bytesPerRead));
        assertThat(read).hasSameSizeAs(body.parts());
        for (int i = 0; i < read.size(); i++) {
            RandomMultipart.Part sent = body.parts().get(i);
            assertThat(read.get(i).name()).as("name of part " + i).isEqualTo(sent.name());
            assertThat(read.get(i).filename()).as("filename of part " + i).isEqualTo(sent.filename());
            assertThat(read.get(i).content()).as("content of part " + i).isEqualTo(sent.content());
        }
    }

    @Property(tries = 1000)
    void anyBodyEndsInPartsOrAMalformedMultipartError(@ForAll("anyBody") RandomMultipart.Body body,
                                                      @ForAll @IntRange(min = 1, max = 70_000) int bytesPerRead) {
        String outcome = assertTimeoutPreemptively(DEADLINE, () -> {
            try {
                return readAll(body, bytesPerRead).size() + " part(s)";
            } catch (MalformedMultipartException refused) {
                return "malformed";
            }
        });
        Statistics.label("outcome").collect(outcome);
    }

    @Property(tries = 1000)
    void anyContentTypeGivesABoundaryOrNone(@ForAll("contentTypes") String contentType) {
        String boundary = MultipartReader.boundary(contentType);
        if (boundary != null) {
            assertThat(boundary).isNotEmpty().hasSizeLessThanOrEqualTo(70);
        }
    }

    @Provide
    Arbitrary<RandomMultipart.Body> wellFormed() {
        return RandomMultipart.wellFormed();
    }

    @Provide
    Arbitrary<RandomMultipart.Body> anyBody() {
        return RandomMultipart.anyBody();
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.strings().withChars("multipart/form-data;boundary=\" \\aB").ofMaxLength(80),
                RandomMultipart.boundaries().map(b -> "Multipart/Form-Data; charset=utf-8; boundary=" + b));
    }

    private static List<RandomMultipart.Part> readAll(RandomMultipart.Body body, int bytesPerRead) throws IOException {
        MultipartReader reader = new MultipartReader(trickle(new ByteArrayInputStream(body.bytes()), bytesPerRead),
                body.boundary());
        List<RandomMultipart.Part> parts = new ArrayList<>();
        for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
            parts.add(new RandomMultipart.Part(part.name(), part.filename(), part.body().readAllBytes()));
        }
        return parts;
    }

    /** Hands out at most {@code n} bytes per read, as a network stream does. */
    private static InputStream trickle(InputStream in, int n) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, n));
            }
        };
    }
}
