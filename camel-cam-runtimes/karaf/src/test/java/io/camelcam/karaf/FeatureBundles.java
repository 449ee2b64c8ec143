package io.camelcam.karaf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * Turns what a Karaf feature lists into bundle files, the way Karaf would: {@code mvn:g/a/v} is the
 * jar itself, {@code wrap:mvn:g/a/v$instructions} the jar with a manifest bnd computes from those
 * instructions (what Karaf's wrap: URL handler does). Jars are taken from the test class path,
 * where Maven put exactly the versions the build used, the camel-cam jar from this reactor.
 */
final class FeatureBundles {

    /** A bundle to install: where Karaf would take it from, and the file. */
    record BundleFile(String location, Path file) {
    }

    private static final Pattern MVN = Pattern.compile("mvn:([^/]+)/([^/]+)/([^/$]+)");

    private final List<Path> classPath;
    private final Path work;

    FeatureBundles(Path work) throws IOException {
        this.work = Files.createDirectories(work);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        this.classPath = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
    }

    /** The bundle locations of a feature in a features file, in order. */
    static List<String> bundleLocations(Path featuresXml, String feature) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList features = factory.newDocumentBuilder().parse(featuresXml.toFile()).getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element element = (Element) features.item(i);
            if (feature.equals(element.getAttribute("name"))) {
                List<String> locations = new ArrayList<>();
                NodeList bundles = element.getElementsByTagNameNS("*", "bundle");
                for (int b = 0; b < bundles.getLength(); b++) {
                    locations.add(bundles.item(b).getTextContent().trim());
                }
                return locations;
            }
        }
        throw new IllegalArgumentException("no feature " + feature + " in " + featuresXml);
    }

    /** The file Karaf would install for this location. */
    BundleFile resolve(String location) throws Exception {
        if (location.startsWith("wrap:")) {
            String spec = location.substring("wrap:".length());
            int dollar = spec.indexOf('$');
            String artifact = dollar < 0 ? spec : spec.substring(0, dollar);
            Map<String, String> instructions = new LinkedHashMap<>();
            if (dollar >= 0) {
                for (String pair : spec.substring(dollar + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    instructions.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return new BundleFile(location, wrap(jar(artifact), instructions));
        }
        return new BundleFile(location, jar(location));
    }

    /** A jar of the test class path, by its Maven coordinates. */
    Path jar(String mvnUrl) {
        Matcher m = MVN.matcher(mvnUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an mvn: URL: " + mvnUrl);
        }
        String fileName = m.group(2) + "-" + m.group(3) + ".jar";
        return classPath.stream().filter(p -> p.getFileName().toString().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalStateException(fileName + " (" + mvnUrl + ") is not on the test class path"));
    }

    /** Every jar of the test class path that is in a Maven group directory, e.g. {@code org/apache/camel}. */
    List<Path> jarsOfGroup(String group) {
        String dir = File.separator + group.replace('.', File.separatorChar) + File.separator;
        return classPath.stream().filter(p -> p.toString().endsWith(".jar") && p.toString().contains(dir)).toList();
    }

    /** Wraps a jar that is no bundle; imports are optional unless the instructions say otherwise, as with Karaf's wrap:. */
    Path wrap(Path jarFile, Map<String, String> instructions) throws Exception {
        Path out = work.resolve("wrapped-" + jarFile.getFileName());
        try (Jar jar = new Jar(jarFile.toFile()); Analyzer analyzer = new Analyzer()) {
            analyzer.setJar(jar);
            analyzer.setProperty("Import-Package", "*;resolution:=optional");
            instructions.forEach(analyzer::setProperty);
            jar.setManifest(analyzer.calcManifest());
            jar.write(out.toFile());
        }
        return out;
    }

    /** A bundle made of the classes of one package of the test classes, with an activator. */
    Path bundleOf(String packageName, String activator) throws Exception {
        Path out = work.resolve(packageName + ".jar");
        Path testClasses = classPath.stream().filter(p -> p.endsWith("test-classes")).findFirst().orElseThrow();
        try (Builder builder = new Builder()) {
            builder.setClasspath(new File[] {testClasses.toFile()});
            builder.setProperty("Bundle-SymbolicName", packageName);
            builder.setProperty("Bundle-Version", "1.0.0");
            builder.setProperty("Private-Package", packageName);
            builder.setProperty("Bundle-Activator", activator);
            builder.setProperty("Import-Package", "*");
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd: " + builder.getErrors());
            }
            jar.write(out.toFile());
        }
        return out;
    }

    static boolean isBundle(Path jarFile) throws IOException {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName") != null;
        }
    }
}
