package io.camelcam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of docs/architecture.md, read from the sources' own import lines: the client imports
 * no Camel, the Camel layer uses the client's public API only, and no two packages depend on each
 * other, however indirectly.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    /** A qualified name of ours written in code instead of imported: io.camelcam.x.y.Type */
    private static final Pattern INLINE_NAME = Pattern.compile("\\bio\\.camelcam\\.[a-z.]+\\.[A-Z]\\w*");

    /** Package → the packages of ours and of Camel it imports. */
    private static final Map<String, Set<String>> IMPORTS = new TreeMap<>();
    private static final List<String> INLINE_NAMES = new ArrayList<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> imported = IMPORTS.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
                Matcher imp = IMPORT.matcher(source);
                while (imp.find()) {
                    imported.add(owningPackage(imp.group(1)));
                }
                String code = withoutCommentsStringsAndImports(source);
                Matcher inline = INLINE_NAME.matcher(code);
                while (inline.find()) {
                    INLINE_NAMES.add(SOURCES.relativize(file) + ": " + inline.group());
                }
            }
        }
    }

    /** {@code a.b.Outer} (a nested type's import, or a static import's class) → {@code a.b}. */
    private static String owningPackage(String name) {
        String[] parts = name.split("\\.");
        int end = parts.length;
        while (end > 0 && Character.isUpperCase(parts[end - 1].charAt(0))) {
            end--;
        }
        return String.join(".", Arrays.copyOf(parts, end));
    }

    private static String withoutCommentsStringsAndImports(String source) {
        return source.replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"")
                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
                .replaceAll("(?m)^(package|import) [^;]+;", "");
    }

    @Test
    void theClientImportsNoCamel() {
        assertThat(IMPORTS).isNotEmpty();
        IMPORTS.forEach((pkg, imported) -> {
            if (pkg.startsWith("io.camelcam.client")) {
                assertThat(imported).as(pkg).noneMatch(i -> i.startsWith("org.apache.camel"));
            }
        });
    }

    @Test
    void theCamelLayerUsesOnlyTheClientsPublicApi() {
        IMPORTS.forEach((pkg, imported) -> {
            if (pkg.startsWith("io.camelcam.component")) {
                assertThat(imported).as(pkg).noneMatch(i -> i.startsWith("io.camelcam.client.internal"));
            }
        });
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        List<String> cycles = new ArrayList<>();
        for (String start : IMPORTS.keySet()) {
            for (String next : ours(start)) {
                if (reaches(next, start, new TreeSet<>())) {
                    cycles.add(start + " -> " + next + " -> ... -> " + start);
                }
            }
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void ourTypesAreImportedNotSpelledOutInCode() {
        assertThat(INLINE_NAMES).as("qualified names written inline").isEmpty();
    }

    private static Set<String> ours(String pkg) {
        Set<String> out = new TreeSet<>();
        for (String imported : IMPORTS.getOrDefault(pkg, Set.of())) {
            if (imported.startsWith("io.camelcam") && !imported.equals(pkg)) {
                out.add(imported);
            }
        }
        return out;
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : ours(from)) {
            if (reaches(next, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
