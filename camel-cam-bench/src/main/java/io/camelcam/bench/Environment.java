package io.camelcam.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the figures were measured on, printed at the top of every run. */
final class Environment {

    private Environment() {
    }

    static void print(PrintStream out, String[] args) {
        out.printf("camel-cam benchmark %s%n", String.join(" ", args));
        out.printf("machine: %d cores (%s), %s RAM, Java %s (%s), load average %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), loadAverage());
    }

    /** A part's first line: the machine's load as it begins, since other work on it shows in every figure. */
    static void partStarts(PrintStream out, String part) {
        out.printf("%n== %s: starts at load average %s%n", part, loadAverage());
    }

    static void partEnds(PrintStream out, String part) {
        out.printf("== %s: ends at load average %s%n", part, loadAverage());
    }

    private static String cpuModel() {
        return lines("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static String memory() {
        return lines("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB").findFirst().orElse("unknown");
    }

    static String loadAverage() {
        String load = lines("/proc/loadavg");
        return load.isEmpty() ? "unknown" : String.join(" ", Arrays.copyOf(load.trim().split(" "), 3));
    }

    private static String lines(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
