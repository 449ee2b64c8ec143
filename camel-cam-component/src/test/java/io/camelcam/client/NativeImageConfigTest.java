package io.camelcam.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraalVM reflection config shipped in the jar registers every model record (Jackson reads and
 * writes them by reflection; a native image keeps only what is registered), and names no class
 * that does not exist. A new record in io.camelcam.client.model fails this until it is added.
 */
class NativeImageConfigTest {

    static final String CONFIG = "/META-INF/native-image/io.camelcam/camel-cam/reflect-config.json";

    @Test
    void everyModelRecordIsRegisteredForReflection() throws Exception {
        List<String> registered;
        try (var in = getClass().getResourceAsStream(CONFIG)) {
            assertThat(in).as(CONFIG).isNotNull();
            registered = new ObjectMapper().readTree(in).findValuesAsText("name");
        }

        assertThat(registered).containsAll(modelClasses());
        for (String name : registered) {
            assertThat(Class.forName(name)).as(name).isNotNull();
        }
    }

    private static List<String> modelClasses() throws IOException {
        Path dir = Path.of("target/classes/io/camelcam/client/model");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> "io.camelcam.client.model." + f.substring(0, f.length() - ".class".length()))
                    .sorted().toList();
        }
    }
}
