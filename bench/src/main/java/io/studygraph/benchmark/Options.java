package io.studygraph.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The harness's command line; {@link #USAGE} says what each option does. */
record Options(int papers, int repetitions, int rounds, Duration stepLimit, boolean growth, Path jar, Path result,
               List<String> jvm, boolean keep, Path reuse) {
    static final String USAGE = """
            usage: SideBySide [--papers N] [--repetitions R] [--rounds K] [--step-minutes M] [--growth]
                              [--jar PATH] [--result FILE.json] [--jvm "OPTIONS"] [--keep] [--reuse DIR]
              --papers N        papers in the synthetic graph, about 20 triples each (default 50000, ~1M triples)
              --repetitions R   imports per side, alternating sides, fresh directories each time (default 2)
              --rounds K        measured rounds of every query workload, alternating sides (default 3)
              --step-minutes M  time limit of one import or start; a step past it is recorded as timed out (default 20)
              --growth          also import at 2N and measure search at N/10 (adds several minutes)
              --jar PATH        the StudyGraph jar (default ../target/studygraph.jar)
              --result FILE     where the JSON result goes (default target/bench-result.json)
              --jvm "OPTIONS"   JVM options for every measured process, both sides alike (default none)
              --keep            keep the scratch directory (stores, logs) instead of deleting it
              --reuse DIR       skip generating and importing: serve the stores a --keep run left in DIR
                                (give the same --papers); the table then has no import rows""";

    static Options parse(String... args) {
        int papers = 50_000;
        int repetitions = 2;
        int rounds = 3;
        int stepMinutes = 20;
        boolean growth = false;
        boolean keep = false;
        Path jar = Path.of("../target/studygraph.jar");
        Path result = Path.of("target/bench-result.json");
        List<String> jvm = new ArrayList<>();
        Path reuse = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--papers" -> papers = positive(a, value(args, ++i, a));
                case "--repetitions" -> repetitions = positive(a, value(args, ++i, a));
                case "--rounds" -> rounds = positive(a, value(args, ++i, a));
                case "--step-minutes" -> stepMinutes = positive(a, value(args, ++i, a));
                case "--growth" -> growth = true;
                case "--keep" -> keep = true;
                case "--reuse" -> reuse = Path.of(value(args, ++i, a));
                case "--jar" -> jar = Path.of(value(args, ++i, a));
                case "--result" -> result = Path.of(value(args, ++i, a));
                case "--jvm" -> jvm = Arrays.stream(value(args, ++i, a).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (papers < 100) throw new IllegalArgumentException("--papers must be at least 100");
        return new Options(papers, repetitions, rounds, Duration.ofMinutes(stepMinutes), growth, jar, result, jvm, keep, reuse);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        return args[i];
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, not " + value);
    }
}
