package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.PersonName;
import io.studygraph.graph.Slugs;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * Candidates read from every name and identifier the store holds, at once: for an importer without
 * a search index beside its store (a check of files, a test harness). With an index, reconciliation
 * asks it instead and never reads the whole store.
 */
final class StoreCandidates implements Candidates {
    private static final Query NAMES = Sparql.parse("""
            SELECT DISTINCT ?e ?name WHERE {
              VALUES ?p { schema:name skos:prefLabel skos:altLabel rdfs:label sg:variantName }
              GRAPH ?g { ?e ?p ?name } FILTER (isIRI(?e) && isLiteral(?name))
            }""");
    private static final Query IDENTIFIERS = Sparql.parse("""
            SELECT DISTINCT ?e ?id WHERE {
              VALUES ?p { sg:arxivId bibo:doi sg:openReviewId sg:youtubeId sg:githubRepo sg:stackExchangeId }
              GRAPH ?g { ?e ?p ?id } FILTER (isIRI(?e) && isLiteral(?id))
            }""");

    private final Map<String, List<String>> named = new HashMap<>();
    private final Map<String, List<String>> identified = new HashMap<>();

    private StoreCandidates() {}

    static Candidates read(Store store) {
        StoreCandidates c = new StoreCandidates();
        for (QuerySolution row : Sparql.select(store, NAMES, Map.of())) {
            String iri = row.getResource("e").getURI();
            Optional<Kind> kind = Kind.of(iri, List.of());
            if (kind.isEmpty()) continue;
            String name = row.getLiteral("name").getLexicalForm();
            c.named.computeIfAbsent(Slugs.of(name), k -> new ArrayList<>()).add(iri);
            // As the index keys people (search.Documents): by the spellings that may be theirs too.
            if (kind.get() == Kind.PERSON) PersonName.parse(name).matchKey().ifPresent(key -> c.named.computeIfAbsent(key, k -> new ArrayList<>()).add(iri));
        }
        for (QuerySolution row : Sparql.select(store, IDENTIFIERS, Map.of())) {
            c.identified.computeIfAbsent(row.getLiteral("id").getLexicalForm().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(row.getResource("e").getURI());
        }
        return c;
    }

    @Override
    public Collection<String> named(String nameKey) {
        return named.getOrDefault(nameKey, List.of());
    }

    @Override
    public Collection<String> identified(String identifier) {
        return identified.getOrDefault(identifier, List.of());
    }
}
