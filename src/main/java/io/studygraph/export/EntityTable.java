package io.studygraph.export;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/**
 * The entities as CSV (RFC 4180: comma-separated, CRLF line ends, a header row): iri, kind,
 * label, year, authors (byline order, "; " between), identifiers ("arxiv:2006.11239; doi:…").
 * Read in batches, so the rows stream. A cell a spreadsheet would run as a formula (one starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises.
 */
final class EntityTable {
    private static final int BATCH = 500;
    /** Identifier properties and the prefix each is written with. */
    private static final Map<Node, String> IDENTIFIERS = identifiers();
    private static final org.apache.jena.query.Query VALUES = Sparql.parse("SELECT ?s ?p ?v WHERE { ?s ?p ?v FILTER (isLiteral(?v)) }");

    private final Store store;
    private final EntityService entities;

    EntityTable(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
    }

    void write(Map<String, Kind> scope, Writer out) throws IOException {
        row(out, List.of("iri", "kind", "label", "year", "authors", "identifiers"));
        List<String> iris = new ArrayList<>(scope.keySet());
        for (int from = 0; from < iris.size(); from += BATCH) {
            List<String> batch = iris.subList(from, Math.min(iris.size(), from + BATCH));
            Map<String, String> labels = new LinkedHashMap<>();
            for (Ref ref : entities.refs(batch)) labels.put(ref.iri(), ref.label());
            Map<String, Facts> facts = facts(batch);
            for (String iri : batch) {
                Kind kind = scope.get(iri);
                Facts f = facts.getOrDefault(iri, new Facts());
                List<String> authors = CitedWork.KINDS.contains(kind.slug())
                        ? entities.describe(iri).flatMap(CitedWork::from).map(CitedWork::authors).orElse(List.of()) : List.of();
                row(out, List.of(iri, kind.slug(), labels.getOrDefault(iri, ""), f.year == null ? "" : f.year,
                        String.join("; ", authors), String.join("; ", f.identifiers)));
            }
        }
    }

    /** The years and identifiers of a batch of entities, in one query. */
    private Map<String, Facts> facts(List<String> batch) {
        List<Node> properties = new ArrayList<>(IDENTIFIERS.keySet());
        properties.add(Vocab.DATE_PUBLISHED);
        org.apache.jena.query.Query query = Sparql.restrict(Sparql.restrict(VALUES, "p", properties), "s",
                batch.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList());
        Map<String, Facts> facts = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, query, Map.of())) {
            Facts f = facts.computeIfAbsent(row.getResource("s").getURI(), k -> new Facts());
            Node property = row.get("p").asNode();
            String value = row.getLiteral("v").getLexicalForm().strip();
            if (property.equals(Vocab.DATE_PUBLISHED)) {
                if (value.matches("\\d{4}.*") && (f.year == null || value.substring(0, 4).compareTo(f.year) < 0)) f.year = value.substring(0, 4);
            } else if (!value.isEmpty()) {
                f.identifiers.add(IDENTIFIERS.get(property) + ":" + value);
            }
        }
        return facts;
    }

    private static final class Facts {
        String year;
        final TreeSet<String> identifiers = new TreeSet<>();
    }

    static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell: defused if a spreadsheet would read it as a formula, quoted if it holds a comma, quote or line break. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) text = "'" + text;
        if (text.matches("(?s).*[,\"\\r\\n].*") || !text.equals(text.strip())) return "\"" + text.replace("\"", "\"\"") + "\"";
        return text;
    }

    private static Map<Node, String> identifiers() {
        Map<Node, String> ids = new LinkedHashMap<>();
        ids.put(Vocab.ARXIV_ID, "arxiv");
        ids.put(Vocab.DOI, "doi");
        ids.put(Vocab.OPENREVIEW_ID, "openreview");
        ids.put(Vocab.YOUTUBE_ID, "youtube");
        ids.put(Vocab.GITHUB_REPO, "github");
        ids.put(Vocab.STACK_EXCHANGE_ID, "stackexchange");
        return ids;
    }
}
