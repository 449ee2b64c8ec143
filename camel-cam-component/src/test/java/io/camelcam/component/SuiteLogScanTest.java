package io.camelcam.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.camelcam.sandbox.CamSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other test of the module, in a surefire execution of its own (see the pom), and
 * reads what the whole run wrote: the log (our packages and HttpClient at DEBUG,
 * see log4j2-test.xml), the logs of the child JVMs some tests start, and each test class's captured output. No API token or quick-call password
 * used by any test may appear in either.
 */
class SuiteLogScanTest {

    static final Path LOG = Path.of("target/camel-cam-test.log");
    static final Path TEST_OUTPUT = Path.of("target/surefire-reports");

    /**
     * Every secret the tests use: the sandbox's tokens, the quick-call passwords of SecretsTest and
     * CreateQuickCallBindingTest, and the token CamProducerHealthCheckTest treats as one.
     */
    static final List<String> SECRETS = List.of(CamSandbox.DEFAULT_USER_TOKEN, CamSandbox.DEFAULT_ADMIN_TOKEN,
            SecretsTest.PASSWORD, "s3cret!", CamProducerHealthCheckTest.WRONG_TOKEN);

    @Test
    void noSecretInAnyLogLineOrTestOutputOfTheWholeRun() throws IOException {
        List<String> logLines = Files.readAllLines(LOG, StandardCharsets.ISO_8859_1);
        assertThat(logLines).as("the run logged our packages and HttpClient's headers at DEBUG")
                .anyMatch(line -> line.contains(" DEBUG ") && line.contains(" i.c.c."))
                .anyMatch(line -> line.contains(" DEBUG ") && line.contains(" o.a.h.c.h.headers "));

        List<String> leaks = new ArrayList<>();
        scan(LOG, logLines, leaks);
        try (Stream<Path> childLogs = Files.list(LOG.getParent())) {
            for (Path childLog : childLogs.filter(p -> p.getFileName().toString().startsWith("camel-cam-test-")).toList()) {
                scan(childLog, Files.readAllLines(childLog, StandardCharsets.ISO_8859_1), leaks);
            }
        }
        if (Files.isDirectory(TEST_OUTPUT)) {
            try (Stream<Path> outputs = Files.list(TEST_OUTPUT)) {
                for (Path output : outputs.filter(p -> p.getFileName().toString().endsWith("-output.txt")).toList()) {
                    scan(output, Files.readAllLines(output, StandardCharsets.ISO_8859_1), leaks);
                }
            }
        }

        assertThat(leaks).as("lines holding a secret").isEmpty();
    }

    private static void scan(Path file, List<String> lines, List<String> leaks) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SECRETS.stream().anyMatch(line::contains)) {
                leaks.add(file.getFileName() + ":" + (i + 1) + ": " + line);
            }
        }
    }
}
