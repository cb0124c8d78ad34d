package io.studygraph.cli;

import io.studygraph.bench.Benchmarks;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Benchmark on a synthetic graph in a scratch directory; prints ratios against baselines run alongside.",
        "With --generate, writes the synthetic graph as N-Triples instead (for the side-by-side benchmark in bench/);",
        "with --load, fills --data-dir from an RDF file through the store and index, without an import's checks."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Option(names = "--triples", defaultValue = "100000", description = "Size of the synthetic graph (default: ${DEFAULT-VALUE}).")
    int triples;

    @Option(names = "--rounds", defaultValue = "50", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--generate", paramLabel = "FILE.nt", description = "Write the synthetic graph of --papers papers to FILE.nt and stop.")
    Path generate;

    @Option(names = "--papers", defaultValue = "50000", description = "Papers in the --generate graph, about 20 triples each (default: ${DEFAULT-VALUE}).")
    int papers;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the --generate graph (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--load", paramLabel = "FILE", description = "Fill --data-dir with FILE through the store and index API, and stop.")
    Path load;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (generate != null && load != null) throw new ParameterException(spec.commandLine(), "--generate and --load exclude each other");
        if (generate != null) {
            if (papers < 1) throw new ParameterException(spec.commandLine(), "--papers must be at least 1");
            out.printf("wrote %d triples to %s%n", Benchmarks.generate(generate, papers, seed), generate);
            return 0;
        }
        if (load != null) {
            if (!Files.isReadable(load)) throw new ParameterException(spec.commandLine(), "--load: cannot read " + load);
            out.printf("store: %d triples%n", Benchmarks.load(main.dataDir, load));
            return 0;
        }
        Path scratch = Files.createTempDirectory("studygraph-bench");
        Benchmarks.run(scratch, triples, rounds, out);
        return 0;
    }
}
