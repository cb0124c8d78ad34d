package io.studygraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: cores, memory, JDK, and how busy the machine was at the start. */
final class Machine {
    private Machine() {}

    static void describe(Report report) {
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("memory_gb", String.format("%.1f", field("/proc/meminfo", "MemTotal") / 1048576.0));
        report.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.put("load_average_at_start", read("/proc/loadavg").split(" ")[0]);
    }

    /** The 1-minute load average now, to say how busy the machine was. */
    static String load() {
        return read("/proc/loadavg").split(" ")[0];
    }

    private static long field(String file, String name) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(name + ":")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return 0;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "?";
        }
    }
}
