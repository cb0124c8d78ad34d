package io.studygraph.bench;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Entry points for {@code studygraph bench}: the in-process benchmark in a scratch directory, and
 * the synthetic graph written as N-Triples for the side-by-side benchmark in {@code bench/}.
 *
 * <pre>{@code java -jar target/studygraph.jar bench --generate graph.nt --papers 50000}</pre>
 */
public final class Benchmarks {
    /** Names the graph {@link #load} fills, as an import of the file would. */
    private static final String LOADED_SOURCE = Vocab.SOURCE + "synthetic.nt";

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

    /**
     * Writes the synthetic graph of {@code papers} papers to {@code file} as N-Triples, streaming:
     * memory stays flat however large the file. Returns the number of triples written.
     */
    public static long generate(Path file, int papers, long seed) {
        if (papers < 1) throw new IllegalArgumentException("papers must be at least 1");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NTRIPLES);
            long[] count = {0};
            writer.start();
            SyntheticGraph.emit(papers, seed, t -> {
                writer.triple(t);
                count[0]++;
            });
            writer.finish();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the synthetic graph to " + file, e);
        }
    }

    /**
     * Fills the store in {@code dataDir} with an RDF file straight through the store and index API,
     * without an import's validation and provenance: the fallback the side-by-side benchmark
     * serves from when {@code import} does not finish in its time. Returns the store's size.
     */
    public static long load(Path dataDir, Path file) {
        Model model = RDFDataMgr.loadModel(file.toString());
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.store().replaceGraphs(Map.of(LOADED_SOURCE, model));
            sg.index().rebuild();
            return sg.store().size();
        }
    }
}
