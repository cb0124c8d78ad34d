package io.studygraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Entry point for {@code studygraph bench}: runs the benchmark in a scratch directory, then removes it. */
public final class Benchmarks {
    private Benchmarks() {}

    public static void run(Path scratch, int triples, int rounds, PrintWriter out) {
        try {
            new Benchmark(out).run(scratch, triples, Math.max(3, rounds));
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove " + scratch, e);
            }
        }
    }
}
