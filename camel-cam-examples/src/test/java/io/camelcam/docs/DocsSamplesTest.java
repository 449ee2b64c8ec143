package io.camelcam.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code sample in README.md and docs/ is either the tagged region of a file that a test compiles and
 * runs (a {@code sample:} marker right above it, whose content must be equal to the region), or says
 * visibly that it is a fragment ({@code _Fragment: why._} right above it). Shell samples name only
 * modules, profiles and paths that exist. So a sample cannot drift from code that works.
 */
class DocsSamplesTest {

    /** The repository: set by the build (the docs' samples run in a working directory of their own). */
    static final Path ROOT = Path.of(System.getProperty("camel-cam.root", "..")).normalize();

    /**
     * Pages, or sections of a page, whose samples are not all run yet, and why: their unmarked blocks are
     * reported by {@link #pendingPagesStillHaveUnmarkedSamples()} rather than failing the build, and their
     * marked ones are checked like any other. A key is a page ({@code docs/x.md}) or a section of it
     * ({@code docs/x.md#Heading text}: the blocks under that heading and under its subheadings). An entry
     * must go once its samples are done (that test fails until it does).
     */
    static final Map<String, String> PENDING = Map.of(
            "docs/schedule-consumer.md#More than one node", "the clustering samples: to be run by a test");

    /** The languages whose blocks must be run samples or marked fragments. */
    static final Set<String> CHECKED = Set.of("java", "yaml", "xml", "properties");

    private static final Pattern MD_FENCE = Pattern.compile("^(\\s*)```\\s*([\\w-]*).*$");
    private static final Pattern MD_SAMPLE = Pattern.compile("^\\s*<!-- sample: (\\S+?)(?:#(\\S+))? -->\\s*$");
    private static final Pattern ADOC_SOURCE = Pattern.compile("^\\[source,\\s*([\\w-]+)[^]]*]\\s*$");
    private static final Pattern ADOC_SAMPLE = Pattern.compile("^// sample: (\\S+?)(?:#(\\S+))?\\s*$");
    private static final Pattern FRAGMENT = Pattern.compile("^\\s*_Fragment: .+\\._\\s*$");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ADOC_HEADING = Pattern.compile("^(={1,6})\\s+(.+?)\\s*$");
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*(//|#|<!--)\\s*(tag|end)::[\\w.-]+\\[]\\s*(-->)?\\s*$");

    /**
     * One code block of a page: where it is, its language, the line above it, its content, and the headings
     * it is under (the outermost first).
     */
    record Block(Path page, int line, String language, String above, List<String> content, List<String> headings) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }

        /** The key of {@link #PENDING} that excuses this block: its page, or a heading it is under; else null. */
        String pendingKey() {
            String name = ROOT.relativize(page).toString();
            if (PENDING.containsKey(name)) {
                return name;
            }
            return headings.stream().map(heading -> name + "#" + heading).filter(PENDING::containsKey).findFirst()
                    .orElse(null);
        }
    }

    @Test
    void everySampleIsRunCodeOrAMarkedFragment() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Block block : blocks()) {
            if (!CHECKED.contains(block.language())) {
                continue;
            }
            checked++;
            Matcher sample = (block.page().toString().endsWith(".adoc") ? ADOC_SAMPLE : MD_SAMPLE).matcher(block.above());
            if (sample.matches()) {
                String problem = compare(block, sample.group(1), sample.group(2));
                if (problem != null) {
                    problems.add(block.where() + ": " + problem);
                }
            } else if (!FRAGMENT.matcher(block.above()).matches() && block.pendingKey() == null) {
                problems.add(block.where() + ": a " + block.language() + " block with neither a sample: marker nor a"
                        + " _Fragment: ..._ line right above it");
            }
        }
        assertThat(checked).as("code blocks found (the scanner works)").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void pendingPagesStillHaveUnmarkedSamples() throws IOException {
        Map<String, Long> unmarked = new TreeMap<>();
        for (Block block : blocks()) {
            boolean marked = MD_SAMPLE.matcher(block.above()).matches() || ADOC_SAMPLE.matcher(block.above()).matches()
                    || FRAGMENT.matcher(block.above()).matches();
            if (CHECKED.contains(block.language()) && !marked && block.pendingKey() != null) {
                unmarked.merge(block.pendingKey(), 1L, Long::sum);
            }
        }
        System.out.println("Samples not yet run, by page or section: " + unmarked + " (" + PENDING + ")");
        assertThat(unmarked.keySet()).as("PENDING entries without an unrun sample (done, or the page or heading"
                + " was renamed): remove or correct them").containsExactlyInAnyOrderElementsOf(PENDING.keySet());
    }

    @Test
    void shellSamplesNameModulesProfilesAndPathsThatExist() throws IOException {
        Set<String> profiles = profiles();
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Block block : blocks()) {
            if (!block.language().equals("sh")) {
                continue;
            }
            for (String line : block.content()) {
                List<String> words = List.of(line.strip().split("\\s+"));
                for (int i = 0; i < words.size(); i++) {
                    String word = words.get(i);
                    if (word.equals("-pl") && i + 1 < words.size()) {
                        commands++;
                        for (String module : words.get(i + 1).split(",")) {
                            if (!Files.isRegularFile(ROOT.resolve(module).resolve("pom.xml"))) {
                                problems.add(block.where() + ": no module " + module);
                            }
                        }
                    } else if (word.startsWith("-P") && word.length() > 2) {
                        for (String profile : word.substring(2).split(",")) {
                            if (!profiles.contains(profile.replace("!", ""))) {
                                problems.add(block.where() + ": no profile " + profile);
                            }
                        }
                    } else if (word.matches("(camel-cam-[\\w-]+|docs|\\.ci)(/[^\\s\"']*)?")) {
                        // a build output does not exist before the build: its module must
                        String path = word.contains("/target") ? word.substring(0, word.indexOf("/target")) : word;
                        if (!Files.exists(ROOT.resolve(path))) {
                            problems.add(block.where() + ": no path " + path);
                        }
                    }
                }
            }
        }
        assertThat(commands).as("-pl commands found (the scanner works)").isGreaterThan(3);
        assertThat(problems).isEmpty();
    }

    /** Null when the block equals the tagged region (or the whole file), else what differs. */
    private static String compare(Block block, String file, String tag) throws IOException {
        Path source = ROOT.resolve(file).normalize();
        if (!Files.isRegularFile(source)) {
            return "the sample file " + file + " does not exist";
        }
        if (!source.toString().contains("/src/")) {
            return "the sample file " + file + " is not a source that a build compiles, loads or binds";
        }
        List<String> lines = Files.readAllLines(source);
        List<String> region;
        if (tag == null) {
            region = lines;
        } else {
            int start = indexOf(lines, "tag::" + tag + "[]", 0);
            int end = start < 0 ? -1 : indexOf(lines, "end::" + tag + "[]", start);
            if (start < 0 || end < 0) {
                return "no region tag::" + tag + "[] .. end::" + tag + "[] in " + file;
            }
            region = lines.subList(start + 1, end);
        }
        List<String> expected = normalized(region.stream().filter(l -> !TAG_LINE.matcher(l).matches()).toList());
        List<String> actual = normalized(block.content());
        if (expected.equals(actual)) {
            return null;
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "differs from " + file + (tag == null ? "" : "#" + tag) + " at its line " + (i + 1) + ":\n  doc:  "
                        + actual.get(i) + "\n  code: " + expected.get(i);
            }
        }
        return "differs from " + file + (tag == null ? "" : "#" + tag) + " in length: " + actual.size() + " lines, the code "
                + expected.size();
    }

    private static int indexOf(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (TAG_LINE.matcher(lines.get(i)).matches() && lines.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }

    /** Without the common leading indentation, trailing blanks and blank lines at either end. */
    static List<String> normalized(List<String> lines) {
        List<String> stripped = lines.stream().map(String::stripTrailing).toList();
        int from = 0;
        int to = stripped.size();
        while (from < to && stripped.get(from).isEmpty()) {
            from++;
        }
        while (to > from && stripped.get(to - 1).isEmpty()) {
            to--;
        }
        List<String> body = stripped.subList(from, to);
        int indent = body.stream().filter(l -> !l.isEmpty()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return body.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
    }

    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page);
            if (page.toString().endsWith(".adoc")) {
                adocBlocks(page, lines, blocks);
            } else {
                markdownBlocks(page, lines, blocks);
            }
        }
        return blocks;
    }

    private static void markdownBlocks(Path page, List<String> lines, List<Block> blocks) {
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = MD_FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                under(MD_HEADING.matcher(lines.get(i)), headings);
                continue;
            }
            String indent = open.group(1);
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).strip().equals("```")) {
                close++;
            }
            String above = i > 0 ? lines.get(i - 1) : "";
            blocks.add(new Block(page, i + 1, open.group(2), above.startsWith(indent) ? above : above.strip(),
                    lines.subList(i + 1, Math.min(close, lines.size())), List.copyOf(headings)));
            i = close;
        }
    }

    private static void adocBlocks(Path page, List<String> lines, List<Block> blocks) {
        List<String> headings = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher source = ADOC_SOURCE.matcher(lines.get(i));
            if (!source.matches() || !lines.get(i + 1).equals("----")) {
                under(ADOC_HEADING.matcher(lines.get(i)), headings);
                continue;
            }
            int close = i + 2;
            while (close < lines.size() && !lines.get(close).equals("----")) {
                close++;
            }
            // in AsciiDoc a paragraph needs a blank line (in a list, a "+") before a block: the marker is the
            // nearest line above that is neither
            int above = i - 1;
            while (above >= 0 && (lines.get(above).isBlank() || lines.get(above).equals("+"))) {
                above--;
            }
            blocks.add(new Block(page, i + 1, source.group(1), above >= 0 ? lines.get(above) : "",
                    lines.subList(i + 2, Math.min(close, lines.size())), List.copyOf(headings)));
            i = close;
        }
    }

    /** When the line is a heading of level n, it replaces the headings of level n and deeper. */
    private static void under(Matcher heading, List<String> headings) {
        if (!heading.matches()) {
            return;
        }
        int level = heading.group(1).length();
        while (headings.size() >= level) {
            headings.remove(headings.size() - 1);
        }
        while (headings.size() < level - 1) {
            headings.add(""); // a level skipped, as in "# Title" then "### Detail"
        }
        headings.add(heading.group(2));
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".adoc")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static Set<String> profiles() throws IOException {
        Set<String> ids = new TreeSet<>();
        Pattern profile = Pattern.compile("<profile>\\s*<id>([^<]+)</id>");
        try (Stream<Path> poms = Files.walk(ROOT)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !p.toString().contains("/target/")).toList()) {
                Matcher m = profile.matcher(Files.readString(pom));
                while (m.find()) {
                    ids.add(m.group(1).strip());
                }
            }
        }
        return ids;
    }
}
