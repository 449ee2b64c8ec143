package io.camelcam.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the examples' docs stay true: the test command is the one CI runs and every relative
 * link leads to a file (the code samples: DocsSamplesTest).
 */
class ReadmeTest {

    static final Path ROOT = Path.of(System.getProperty("camel-cam.root", "..")).normalize();

    @Test
    void theReadmesTestCommandIsTheOneCiRuns() throws IOException {
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(line -> line.startsWith("mvn ")).toList();

        assertThat(ci).singleElement().satisfies(command -> assertThat(shellLines(read("README.md"))).contains(command));
    }

    @Test
    void theDemoCommandIsTheSameEverywhere() throws IOException {
        String demo = "mvn -pl camel-cam-examples -am -DskipTests package exec:java";

        assertThat(shellLines(read("README.md"))).contains(demo);
        assertThat(shellLines(read("docs/examples/README.md"))).contains(demo);
        assertThat(read("camel-cam-examples/src/main/java/io/camelcam/examples/CamExamples.java")).contains(demo);
    }

    @Test
    void relativeLinksLeadToFiles() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("docs/configuration.md"),
                ROOT.resolve("docs/errors-and-retries.md")));
        try (Stream<Path> examples = Files.list(ROOT.resolve("docs/examples"))) {
            examples.forEach(pages::add);
        }
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (!target.startsWith("http") && !Files.exists(page.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(page) + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    /** The lines inside ```sh blocks. */
    private static List<String> shellLines(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inShell = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                inShell = line.equals("```sh");
            } else if (inShell) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
