package io.studygraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.StudyGraph;
import io.studygraph.graph.TdbStore;
import io.studygraph.graph.Precedence;
import io.studygraph.graph.Vocab;
import io.studygraph.study.Learner;
import io.studygraph.study.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RDF exports of the seeded graph: what they hold, and that they come back as they went out. */
class RdfExportTest {
    private static final String DDPM = Vocab.ID + "paper/arxiv-2006.11239";
    private static StudyGraph sg;

    @BeforeAll
    static void seed() {
        sg = StudyGraph.inMemory(true);
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    static String export(StudyGraph sg, String format, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sg.export(format, source, Learner.DEFAULT).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }

    private static Set<String> sourceGraphs(StudyGraph sg) {
        return sg.store().graphNames().stream().filter(n -> n.startsWith(Vocab.SOURCE)).collect(Collectors.toSet());
    }

    /** The union of the stored source graphs: what an export of every source should say. */
    private static Graph sources(StudyGraph sg) {
        Model union = ModelFactory.createDefaultModel();
        sourceGraphs(sg).forEach(name -> union.add(sg.store().graph(name)));
        return union.getGraph();
    }

    @Test
    void a_turtle_export_of_each_source_reimported_into_an_empty_store_is_the_same_graph() {
        for (String source : List.of("reading-list.md", "enrichment.ttl")) {
            String turtle = export(sg, "turtle", source);
            Graph exported = parse(turtle, Lang.TURTLE);
            assertThat(exported.isIsomorphicWith(said(sg, source))).as(source).isTrue();
            try (StudyGraph empty = StudyGraph.inMemory(false)) {
                empty.importTexts(Map.of("export.ttl", turtle));
                Graph reimported = withoutOwnProvenance(empty.store().graph(Vocab.sourceGraph("export.ttl").getURI()).getGraph(), exported);
                assertThat(reimported.isIsomorphicWith(exported)).as(source + ": " + difference(exported, reimported)).isTrue();
            }
        }
    }

    @Test
    void a_turtle_export_of_every_source_reimported_is_the_same_graph() {
        String turtle = export(sg, "turtle", null);
        Graph exported = parse(turtle, Lang.TURTLE);
        assertThat(exported.isIsomorphicWith(sources(sg))).as("the export is the union of the source graphs").isTrue();
        try (StudyGraph empty = StudyGraph.inMemory(false)) {
            empty.importTexts(Map.of("export.ttl", turtle));
            Graph reimported = withoutOwnProvenance(empty.store().graph(Vocab.sourceGraph("export.ttl").getURI()).getGraph(), exported);
            // One author list per paper in the union (the others are variants), so one file holds them all.
            assertThat(reimported.isIsomorphicWith(exported)).as(difference(exported, reimported)).isTrue();
        }
    }

    /** A source graph as its source said it: author lists and dates another source's come before in the store are its own again. */
    private static Graph said(StudyGraph sg, String source) {
        Graph said = GraphFactory.createDefaultGraph();
        sg.store().graph(Vocab.sourceGraph(source).getURI()).getGraph().find()
                .forEach(t -> said.add(Triple.create(t.getSubject(), Precedence.asSaid(t.getPredicate()), t.getObject())));
        return said;
    }

    /**
     * The re-imported graph without what the re-import adds about itself: that each entity comes
     * from the file {@code export.ttl}, at a line of it. The statements of where it first came from
     * are in the export, and stay.
     */
    private static Graph withoutOwnProvenance(Graph reimported, Graph exported) {
        Node file = Vocab.sourceGraph("export.ttl");
        Graph kept = GraphFactory.createDefaultGraph();
        reimported.find().forEach(t -> {
            boolean own = t.getObject().equals(file) || t.getPredicate().equals(Vocab.SOURCE_LINE) && !exported.contains(t);
            if (!own) kept.add(t);
        });
        return kept;
    }

    private static String difference(Graph expected, Graph actual) {
        List<Triple> missing = expected.find().toList().stream().filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank() && !actual.contains(t)).limit(8).toList();
        List<Triple> extra = actual.find().toList().stream().filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank() && !expected.contains(t)).limit(8).toList();
        return "missing " + missing + ", extra " + extra;
    }

    @Test
    void a_trig_export_restored_into_an_empty_store_gives_back_each_named_graph() {
        DatasetGraph exported = DatasetGraphFactory.create();
        RDFParser.fromString(export(sg, "trig", null), Lang.TRIG).parse(exported);
        assertThat(exported.listGraphNodes()).toIterable().extracting(Node::getURI).containsExactlyInAnyOrderElementsOf(sourceGraphs(sg));

        try (TdbStore empty = TdbStore.inMemory()) {
            Map<String, Model> graphs = new LinkedHashMap<>();
            exported.listGraphNodes().forEachRemaining(g -> graphs.put(g.getURI(), ModelFactory.createModelForGraph(exported.getGraph(g))));
            empty.replaceGraphs(graphs);
            for (String name : sourceGraphs(sg)) {
                assertThat(empty.graph(name).isIsomorphicWith(sg.store().graph(name))).as(name).isTrue();
            }
        }
    }

    @Test
    void nquads_and_ntriples_hold_every_statement_of_the_sources() {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(export(sg, "nquads", null), Lang.NQUADS).parse(quads);
        long stored = sourceGraphs(sg).stream().mapToLong(n -> sg.store().graph(n).size()).sum();
        assertThat(quads.stream().count()).isEqualTo(stored);
        assertThat(parse(export(sg, "ntriples", null), Lang.NTRIPLES).isIsomorphicWith(sources(sg))).isTrue();
    }

    @Test
    void a_jsonld_export_is_the_same_graph() {
        assertThat(parse(export(sg, "jsonld", null), Lang.JSONLD).isIsomorphicWith(sources(sg))).isTrue();
    }

    @Test
    void the_default_scope_leaves_out_derived_graphs_the_ontology_and_study_data() {
        sg.setProgress(Learner.DEFAULT, DDPM, Status.DONE);
        Graph all = parse(export(sg, "ntriples", null), Lang.NTRIPLES);
        assertThat(all.contains(Node.ANY, Vocab.IMPORTANCE, Node.ANY)).as("importance scores").isFalse();
        assertThat(all.contains(Node.ANY, Vocab.STATUS, Node.ANY)).as("progress").isFalse();
        assertThat(all.contains(NodeFactory.createURI(Vocab.SG + "Paper"), Node.ANY, Node.ANY)).as("the ontology").isFalse();
        assertThat(all.contains(NodeFactory.createURI(DDPM), Vocab.NAME, Node.ANY)).isTrue();
    }

    @Test
    void one_source_or_the_study_data_is_exported_alone() {
        Graph list = parse(export(sg, "turtle", "reading-list.md"), Lang.TURTLE);
        assertThat(list.isIsomorphicWith(said(sg, "reading-list.md"))).isTrue();
        // Its four authors of the discriminator-guidance paper, a variant in the store, are its author list again.
        assertThat(list.contains(NodeFactory.createURI(Vocab.ID + "paper/arxiv-2211.17091"), Vocab.AUTHOR_LIST, Node.ANY)).isTrue();
        assertThat(list.contains(Node.ANY, Vocab.VARIANT_AUTHOR_LIST, Node.ANY)).isFalse();

        sg.setProgress(Learner.DEFAULT, DDPM, Status.DONE);
        Graph study = parse(export(sg, "turtle", "study"), Lang.TURTLE);
        assertThat(study.contains(Node.ANY, Vocab.ITEM, NodeFactory.createURI(DDPM))).isTrue();
        assertThat(study.isIsomorphicWith(sg.studyData(Learner.DEFAULT).getGraph())).isTrue();
        assertThat(sg.export("trig", "study", Learner.DEFAULT).fileName()).isEqualTo("studygraph-study-me.trig");
        assertThat(sg.export("bibtex", "reading-list.md", Learner.DEFAULT).fileName()).isEqualTo("studygraph-reading-list.bib");
    }

    @Test
    void an_unknown_format_or_source_names_the_parameter() {
        assertThatThrownBy(() -> sg.export("docx", null, Learner.DEFAULT)).isInstanceOf(ExportException.class)
                .hasMessageContaining("docx").hasMessageContaining("turtle").extracting(e -> ((ExportException) e).parameter()).isEqualTo("format");
        assertThatThrownBy(() -> sg.export("turtle", "nothing.md", Learner.DEFAULT)).isInstanceOf(ExportException.class)
                .hasMessageContaining("reading-list.md").extracting(e -> ((ExportException) e).parameter()).isEqualTo("source");
    }
}
