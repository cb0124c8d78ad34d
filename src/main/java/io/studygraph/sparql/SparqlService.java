package io.studygraph.sparql;

import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateFactory;

/**
 * Read-only SPARQL over the store: parses with the standard prefixes predeclared, refuses what
 * the endpoint must not do (updates, federated SERVICE calls), and writes results.
 */
public final class SparqlService {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Store store;
    private final Duration timeout;

    public SparqlService(Store store) {
        this(store, DEFAULT_TIMEOUT);
    }

    public SparqlService(Store store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** Parses a query; a syntax error names its line and column. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) throw new SparqlException("The query is empty");
        Query query = new Query();
        // Predeclared prefixes go into the query before parsing, so error positions stay the user's.
        query.setPrefixMapping(Vocab.prefixes());
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) throw new SparqlException("This endpoint is read-only: update requests are refused");
            throw new SparqlException("Syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage().replaceFirst("^(Lexical|Encountered)? ?error at line \\d+, column \\d+\\.?\\s*", ""));
        }
        ElementWalker.walk(query.getQueryPattern() == null ? new org.apache.jena.sparql.syntax.ElementGroup() : query.getQueryPattern(),
                new ElementVisitorBase() {
                    @Override public void visit(ElementService el) {
                        throw new SparqlException("SERVICE (federated query) is refused: this server never fetches other endpoints");
                    }
                });
        return query;
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The media type {@link #execute} writes for this query. */
    public static String mediaType(Query query) {
        return query.isSelectType() || query.isAskType() ? "application/sparql-results+json" : "text/turtle";
    }

    /**
     * Runs the query to completion (within the time limit), then writes its results: a query that
     * times out has written nothing, so the caller can still answer with an error.
     */
    public void execute(Query query, OutputStream out) {
        Object result = store.query(query, Map.of(), timeout, qe -> {
            if (query.isSelectType()) {
                // Copy every binding now: TDB2 resolves nodes lazily, only inside the transaction.
                RowSet rows = RowSet.adapt(qe.execSelect());
                List<Binding> copied = new ArrayList<>();
                rows.forEachRemaining(b -> copied.add(BindingFactory.copy(b)));
                return ResultSet.adapt(RowSetStream.create(rows.getResultVars(), copied.iterator()));
            }
            if (query.isAskType()) return qe.execAsk();
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(Vocab.prefixes());
            return model;
        });
        if (result instanceof ResultSet rs) ResultSetFormatter.outputAsJSON(out, rs);
        else if (result instanceof Boolean b) ResultSetFormatter.outputAsJSON(out, b);
        else RDFDataMgr.write(out, (Model) result, Lang.TURTLE);
    }
}
