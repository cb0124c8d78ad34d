package io.studygraph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.studygraph.graph.EntityService;
import io.studygraph.graph.Importance;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Writes what the user's sources make, one source, or a learner's study data, in any
 * {@link ExportFormat}: the one place the {@code export} command and {@code GET /api/export} share.
 * An export reads one snapshot of the store.
 *
 * <pre>{@code
 * Exporter exporter = new Exporter(store, entities, importance);
 * ExportScope scope = exporter.scope("reading-list.md", studyGraph);
 * exporter.write(ExportFormat.BIBTEX, scope, out);
 * }</pre>
 */
public final class Exporter {
    /** The {@code source} that names the learner's study data rather than a source graph. */
    public static final String STUDY = "study";

    private final Store store;
    private final EntityService entities;
    private final Importance importance;

    public Exporter(Store store, EntityService entities, Importance importance) {
        this.store = store;
        this.entities = entities;
        this.importance = importance;
    }

    /**
     * The graphs an export reads: every source graph when {@code source} is null or empty (not the
     * ontology, not what is derived from the sources, not study data); one source by the name the
     * provenance shows ("reading-list.md"); or {@link #STUDY}, the learner's study graph.
     *
     * @throws ExportException naming "source" when no source is called so
     */
    public ExportScope scope(String source, Node studyGraph) {
        Set<String> names = store.graphNames();
        if (source == null || source.isBlank()) {
            List<Node> sources = names.stream().filter(n -> n.startsWith(Vocab.SOURCE)).sorted().map(NodeFactory::createURI).toList();
            return new ExportScope("studygraph", sources);
        }
        if (source.equals(STUDY)) {
            String learner = studyGraph.getURI().substring(Vocab.STUDY.length());
            return new ExportScope("studygraph-study-" + learner, names.contains(studyGraph.getURI()) ? List.of(studyGraph) : List.of());
        }
        Node graph = Vocab.sourceGraph(source);
        if (!names.contains(graph.getURI())) {
            List<String> known = io.studygraph.graph.Sources.namesIn(names);
            throw new ExportException("source", "No source is called '" + shorten(source) + "'; the sources are " + String.join(", ", known)
                    + " (or '" + STUDY + "' for the study data)");
        }
        return new ExportScope("studygraph-" + source.replaceFirst("\\.[A-Za-z0-9]{1,8}$", ""), List.of(graph));
    }

    /** The format a name asks for, or an {@link ExportException} naming "format" that lists the others. */
    public static ExportFormat format(String name) {
        if (name == null || name.isBlank()) throw new ExportException("format", "A format is required: one of " + ExportFormat.names());
        return ExportFormat.named(name).orElseThrow(() -> new ExportException("format",
                "Unknown format '" + shorten(name) + "': use one of " + ExportFormat.names()));
    }

    /** The export a format name and a source ask for, both checked (see {@link #format} and {@link #scope}). */
    public Export prepare(String formatName, String source, Node studyGraph) {
        ExportFormat format = format(formatName);
        return new Export(format, scope(source, studyGraph), this);
    }

    /** Writes the scope in the format to {@code out}, flushed and left open. */
    public void write(ExportFormat format, ExportScope scope, OutputStream out) {
        store.read(() -> {
            try {
                writeInRead(format, scope, out);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the " + format.formatName() + " export", e);
            }
            return null;
        });
    }

    private void writeInRead(ExportFormat format, ExportScope scope, OutputStream out) throws IOException {
        switch (format.shape()) {
            case GRAPH, DATASET -> new RdfExport(store).write(format, scope.graphs(), out);
            case WORKS -> writeWorks(format, works(scope), out);
            case ENTITIES -> {
                Writer text = text(out);
                new EntityTable(store, entities).write(ScopeEntities.of(store, scope.graphs()), text);
                text.flush();
            }
            case NETWORK -> {
                Writer text = text(out);
                new GraphMl(store, entities, importance).write(ScopeEntities.of(store, scope.graphs()), scope.graphs(), text);
                text.flush();
            }
        }
        out.flush();
    }

    /** The works the scope's graphs type, each as the whole graph describes it (the byline may come from another source). */
    List<CitedWork> works(ExportScope scope) {
        List<CitedWork> works = new ArrayList<>();
        for (Map.Entry<String, Kind> e : ScopeEntities.of(store, scope.graphs()).entrySet()) {
            if (!CitedWork.KINDS.contains(e.getValue().slug())) continue;
            entities.describe(e.getKey()).flatMap(CitedWork::from).ifPresent(works::add);
        }
        return works;
    }

    private static void writeWorks(ExportFormat format, List<CitedWork> works, OutputStream out) throws IOException {
        Set<String> keys = new HashSet<>();
        if (format == ExportFormat.CSL_JSON) {
            try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (CitedWork work : works) CslJson.write(work, Bibtex.uniqueKey(work, keys), json);
                json.writeEndArray();
            }
            return;
        }
        Writer text = text(out);
        for (int i = 0; i < works.size(); i++) {
            CitedWork work = works.get(i);
            if (i > 0) text.write("\n");
            text.write(format == ExportFormat.BIBTEX ? Bibtex.entry(work, Bibtex.uniqueKey(work, keys)) : Ris.record(work));
        }
        text.flush();
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
