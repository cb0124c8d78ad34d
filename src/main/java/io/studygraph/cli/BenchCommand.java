package io.studygraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark on a synthetic graph in a scratch directory; prints ratios against baselines run alongside.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--triples", defaultValue = "100000", description = "Size of the synthetic graph (default: ${DEFAULT-VALUE}).")
    int triples;

    @Option(names = "--rounds", defaultValue = "50", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        Path scratch = Files.createTempDirectory("studygraph-bench");
        io.studygraph.bench.Benchmarks.run(scratch, triples, rounds, spec.commandLine().getOut());
        return 0;
    }
}
