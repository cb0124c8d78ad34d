package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.EntityView.Relation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The entity view read by bound lookups: repeats across sources, author order, provenance, the remote fallback, the cache. */
class EntityServiceTest {
    private static final String PAPER = Vocab.ID + "paper/p";
    private static final String CITER = Vocab.ID + "paper/citer";
    private static final String ADA = Vocab.ID + "person/ada", BOB = Vocab.ID + "person/bob";

    private final TdbStore store = TdbStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private static Property property(Model m, Node p) {
        return m.createProperty(p.getURI());
    }

    /** A source stating the paper (named, authored by Bob then Ada, at {@code line}) and the people. */
    private static Model source(int line) {
        Model m = ModelFactory.createDefaultModel();
        Resource paper = m.createResource(PAPER).addProperty(property(m, Vocab.NAME), "A paper")
                .addProperty(property(m, Vocab.TYPE), m.createResource(Vocab.SCHOLARLY_ARTICLE.getURI()))
                .addProperty(property(m, Vocab.WAS_DERIVED_FROM), m.createResource("https://example.org/list"))
                .addLiteral(property(m, Vocab.SOURCE_LINE), m.createTypedLiteral(String.valueOf(line), XSDDatatype.XSDinteger))
                .addProperty(property(m, Vocab.URL), m.createResource("https://example.org/p.pdf"));
        Resource bob = m.createResource(BOB).addProperty(property(m, Vocab.NAME), "Bob");
        Resource ada = m.createResource(ADA).addProperty(property(m, Vocab.NAME), "Ada");
        paper.addProperty(property(m, Vocab.AUTHOR), ada).addProperty(property(m, Vocab.AUTHOR), bob);
        paper.addProperty(property(m, Vocab.AUTHOR_LIST), m.createList(new RDFNode[] {bob, ada}));
        return m;
    }

    private static Model citer(String name) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(CITER).addProperty(property(m, Vocab.NAME), name).addProperty(property(m, Vocab.CITES), m.createResource(PAPER));
        return m;
    }

    private void fill() {
        store.replaceGraphs(Map.of(Vocab.SOURCE + "b.md", source(7), Vocab.SOURCE + "a.ttl", source(3), Vocab.SOURCE + "c.ttl", citer("Citing paper")));
    }

    private static List<String> labels(List<Relation> relations, String property) {
        return relations.stream().filter(r -> r.property().equals(property)).flatMap(r -> r.targets().stream()).map(Ref::label).toList();
    }

    @Test
    void what_two_sources_both_state_is_shown_once_with_each_source_and_its_line() {
        fill();
        EntityView view = new EntityService(store).describe(PAPER).orElseThrow();
        assertThat(view.label()).isEqualTo("A paper");
        assertThat(view.kind()).isEqualTo("paper");
        assertThat(labels(view.outgoing(), Vocab.AUTHOR.getURI())).containsExactlyInAnyOrder("Ada", "Bob");
        assertThat(view.authors()).extracting(Ref::label).containsExactly("Bob", "Ada");
        assertThat(labels(view.incoming(), Vocab.CITES.getURI())).containsExactly("Citing paper");
        assertThat(view.links()).singleElement().satisfies(l -> assertThat(l.url()).isEqualTo("https://example.org/p.pdf"));
        assertThat(view.types()).extracting(Ref::iri).containsExactly(Vocab.SCHOLARLY_ARTICLE.getURI());
        assertThat(view.provenance()).extracting(p -> p.source() + ":" + p.line()).containsExactly("a.ttl:3", "b.md:7");
        assertThat(view.literals()).noneMatch(g -> g.property().equals(Vocab.NAME.getURI()));
    }

    @Test
    void an_iri_the_graph_says_nothing_about_has_no_view_and_no_ref() {
        fill();
        EntityService entities = new EntityService(store);
        assertThat(entities.describe(Vocab.ID + "paper/absent")).isEmpty();
        assertThat(entities.refs(List.of(Vocab.ID + "paper/absent", CITER, CITER))).extracting(Ref::label).containsExactly("Citing paper");
    }

    @Test
    void a_store_without_a_local_dataset_gives_the_same_views_through_bound_queries() {
        fill();
        Store remote = new HiddenDataset(store);
        assertThat(new EntityService(remote).describe(PAPER)).isEqualTo(new EntityService(store).describe(PAPER));
        Neighbourhood.Elements far = new Neighbourhood(remote, new EntityService(remote)).around(PAPER, 2, 25, 200, WalkFilter.DEFAULT);
        Neighbourhood.Elements near = new Neighbourhood(store, new EntityService(store)).around(PAPER, 2, 25, 200, WalkFilter.DEFAULT);
        assertThat(far).isEqualTo(near);
        assertThat(far.nodes()).hasSize(4);
    }

    @Test
    void a_write_shows_new_labels_to_views_that_kept_the_old_ones() {
        fill();
        EntityService entities = new EntityService(store);
        assertThat(labels(entities.describe(PAPER).orElseThrow().incoming(), Vocab.CITES.getURI())).containsExactly("Citing paper");
        store.replaceGraphs(Map.of(Vocab.SOURCE + "c.ttl", citer("Renamed paper")));
        assertThat(labels(entities.describe(PAPER).orElseThrow().incoming(), Vocab.CITES.getURI())).containsExactly("Renamed paper");
        assertThat(new Neighbourhood(store, entities).around(PAPER, 1, 25, 200, WalkFilter.DEFAULT).nodes())
                .extracting(n -> n.data().label()).contains("Renamed paper");
    }

    @Test
    void a_reader_of_an_older_state_keeps_nothing_in_the_cache() {
        ViewCache cache = new ViewCache(4);
        ViewCache.Generation newer = cache.at(5);
        assertThat(cache.at(5)).isSameAs(newer);
        assertThat(cache.at(4)).isSameAs(ViewCache.NONE);
        newer.importance("x", 3);
        assertThat(newer.importance("x")).isEqualTo(3);
        assertThat(cache.at(6).importance("x")).isNull();
        ViewCache.NONE.importance("y", 1);
        assertThat(ViewCache.NONE.importance("y")).isNull();
    }

    /**
     * The embedded store with its dataset hidden from the views, as a remote SPARQL store's
     * executions have none: every lookup then goes through a bound query.
     */
    private record HiddenDataset(TdbStore store) implements Store {
        @Override
        public <T> T query(Query query, Map<String, Node> bindings, Duration timeout, Function<QueryExecution, T> reader) {
            return store.query(query, bindings, timeout, qe -> reader.apply((QueryExecution) Proxy.newProxyInstance(
                    QueryExecution.class.getClassLoader(), new Class<?>[] {QueryExecution.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getDataset")) return null;
                        try {
                            return method.invoke(qe, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    })));
        }

        @Override public <T> T read(Supplier<T> reads) { return store.read(reads); }
        @Override public <T> T write(Supplier<T> writes) { return store.write(writes); }
        @Override public void replaceGraphs(Map<String, Model> graphs) { store.replaceGraphs(graphs); }
        @Override public void replaceGraphs(Map<String, Model> graphs, LongConsumer written) { store.replaceGraphs(graphs, written); }
        @Override public long generation() { return store.generation(); }
        @Override public void update(String graph, Collection<Triple> remove, Collection<Triple> add) { store.update(graph, remove, add); }
        @Override public void removeGraphs(Set<String> names) { store.removeGraphs(names); }
        @Override public Model graph(String name) { return store.graph(name); }
        @Override public Set<String> graphNames() { return store.graphNames(); }
        @Override public long size() { return store.size(); }
        @Override public boolean isEmpty() { return store.isEmpty(); }
        @Override public boolean addPropertyFunction(String iri, PropertyFunctionFactory f) { return false; }
        @Override public void close() {}
    }
}
