package io.studygraph.sparql;

import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.update.UpdateFactory;

/**
 * Read-only SPARQL over the store. Parses with the standard prefixes predeclared; refuses what
 * the endpoint must not do (updates, SERVICE anywhere in the query, nesting past a fixed depth:
 * see {@link QueryGuard}, {@link QueryShape}); runs within a time limit counted from admission, a
 * row cap and fair admission ({@link Admission}); writes the answer in the negotiated format.
 *
 * <pre>{@code
 * SparqlService sparql = new SparqlService(store, SparqlService.Limits.DEFAULT);
 * Answer answer = sparql.run(sparql.parse("SELECT * { ?s ?p ?o } LIMIT 10"));
 * SparqlService.write(answer, ResultFormat.CSV, System.out);
 * }</pre>
 */
public final class SparqlService {

    /** How much one query may take: time, rows, and how many may run at once. */
    public record Limits(Duration timeout, int maxRows, int maxConcurrent) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 10_000, 4);
    }

    /** What a query produced: rows (possibly cut at the row cap), a boolean, or a graph. */
    public record Answer(ResultSet rows, Boolean bool, Model graph, boolean truncated) {}

    /** The base against which a query's relative IRIs resolve: fixed, never a server path. */
    public static final String BASE = "https://w3id.org/studygraph/query/";

    private final Store store;
    private final Limits limits;
    private final Admission admission;
    /** Property functions (sg:search) the store cannot run, with why: a query using one is refused, not answered empty. */
    private final java.util.Map<String, String> unavailable = new java.util.concurrent.ConcurrentHashMap<>();

    public SparqlService(Store store, Limits limits) {
        this.store = store;
        this.limits = limits;
        this.admission = new Admission(limits.maxConcurrent(), limits.timeout());
    }

    public Limits limits() {
        return limits;
    }

    /** A property function the store cannot run would match nothing there: the user is told instead. */
    private void refuseUnavailable(Query query) {
        if (query.getQueryPattern() == null) return;
        org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementPathBlock block) {
                block.patternElts().forEachRemaining(t -> {
                    org.apache.jena.graph.Node p = t.getPredicate();
                    if (p != null && p.isURI() && unavailable.containsKey(p.getURI())) {
                        String name = p.getURI().startsWith(io.studygraph.graph.Vocab.SG) ? "sg:" + p.getURI().substring(io.studygraph.graph.Vocab.SG.length()) : "<" + p.getURI() + ">";
                        throw new SparqlException(name + " cannot be used here: " + unavailable.get(p.getURI()));
                    }
                });
            }
        });
    }

    /** Says that queries here cannot use the property function {@code iri}, and {@code why}. */
    public void unavailable(String iri, String why) {
        unavailable.put(iri, why);
    }

    /** Whether queries here can use the property function {@code iri} (the service description says so). */
    public boolean offers(String iri) {
        return !unavailable.containsKey(iri);
    }

    /** Parses a query; a syntax error names its line and column. */
    public Query parse(String text) {
        return parse(text, List.of(), List.of());
    }

    /**
     * Parses a query and applies the protocol's {@code default-graph-uri} and
     * {@code named-graph-uri}, which replace any FROM and FROM NAMED of the query.
     */
    public Query parse(String text, List<String> defaultGraphs, List<String> namedGraphs) {
        if (text == null || text.isBlank()) throw new SparqlException("The query is empty");
        QueryText lexical = new QueryText(text);
        lexical.checkDepth();
        Query query = new Query();
        // Predeclared prefixes go into the query before parsing, so error positions stay the user's.
        // A copy the query's own PREFIX lines may redefine (the shared mapping is locked).
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes()));
        try {
            // A fixed base: relative IRIs must not resolve against the server's working directory.
            QueryFactory.parse(query, text, BASE, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) throw new SparqlException("This endpoint is read-only: update requests are refused");
            throw new SparqlException(describe(e));
        } catch (QueryException e) {
            throw new SparqlException("The query cannot be read: " + orUnknown(e.getMessage()));
        } catch (StackOverflowError e) {
            // The depth scan should stop this first; the last resort keeps it a 400, not a dead thread.
            throw new SparqlException("The query is nested too deeply to read; the limit is "
                    + QueryText.MAX_BRACKET_DEPTH + " levels of brackets");
        }
        QueryGuard.check(query, lexical);
        if (!unavailable.isEmpty()) refuseUnavailable(query);
        QueryShape.of(query); // refuses an operator tree past its depth limit now, before admission
        if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            defaultGraphs.forEach(query::addGraphURI);
            namedGraphs.forEach(query::addNamedGraphURI);
        }
        return query;
    }

    private static final Pattern ENCOUNTERED_AT = Pattern.compile("at line (\\d+), column (\\d+)");

    /**
     * A parse error as a person can act on it: the position of the offending token (JavaCC's
     * "Encountered ... at line L, column C" is more exact than the exception's own position, which
     * points at the last token accepted), the problem in one line, then what could have come there.
     */
    static String describe(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = ENCOUNTERED_AT.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String problem = message.replaceFirst("(?i)^(lexical error|line \\d+, column \\d+:?)\\s*", "")
                .replaceFirst("^at line -?\\d+, column -?\\d+\\.?\\s*", "");
        // The lexer names a stray character by its decimal code ("Encountered: '1' (1),"); say which.
        Matcher code = STRAY_CHARACTER.matcher(problem);
        if (code.find()) problem = String.format("unexpected character U+%04X", Integer.parseInt(code.group(1)));
        String where = line > 0 ? "Syntax error at line " + line + ", column " + column
                : "Query error (in the query as a whole, not at one place)";
        return where + ": " + orUnknown(problem);
    }

    private static final Pattern STRAY_CHARACTER = Pattern.compile("^Encountered: '\\d+' \\((\\d+)\\),?$");
    // Java class names in a message ("java.util.regex.PatternSyntaxException: ") mean nothing to a client.
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");

    /** A message as a client should see it: never empty, never naming Java classes. */
    private static String orUnknown(String message) {
        String clean = message == null ? "" : JAVA_CLASS.matcher(message).replaceAll("").replace("Regex pattern exception", "bad regular expression").strip();
        return clean.isEmpty() ? "the text is not a SPARQL 1.1 query (the parser gave no reason)" : clean;
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs the query to completion within the limits, before anything is written, so a timeout
     * can still become an error response. Throws {@link SparqlBusyException} when its lane stays
     * full past the short wait, and Jena's {@code QueryCancelledException} when the time limit,
     * counted from admission (the wait included), runs out.
     */
    public Answer run(Query query) {
        try (Admission.Slot slot = admission.admit(QueryShape.of(query))) {
            return store.query(query, Map.of(), slot.remaining(), qe -> {
                if (query.isSelectType()) return rows(qe.execSelect());
                if (query.isAskType()) return new Answer(null, qe.execAsk(), null, false);
                Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                model.setNsPrefixes(Vocab.prefixes());
                return new Answer(null, null, model, false);
            });
        } catch (QueryBuildException e) {
            // A property function called with the wrong arguments: the query's fault, not the server's.
            throw new SparqlException("Cannot run the query: " + orUnknown(e.getMessage()));
        } catch (StackOverflowError e) {
            // QueryGuard and QueryShape bound the depth; should Jena still recurse too far, say so.
            throw new SparqlException("The query is nested too deeply to run; simplify it");
        }
    }

    private Answer rows(ResultSet results) {
        // Copy every binding now: TDB2 resolves nodes lazily, only inside the transaction.
        RowSet rows = RowSet.adapt(results);
        List<Binding> copied = new ArrayList<>();
        boolean truncated = false;
        while (rows.hasNext()) {
            if (copied.size() == limits.maxRows()) {
                truncated = true;
                break;
            }
            copied.add(BindingFactory.copy(rows.next()));
        }
        return new Answer(ResultSet.adapt(RowSetStream.create(rows.getResultVars(), copied.iterator())), null, null, truncated);
    }

    /** The link a results document carries when the row cap cut it (SPARQL results' {@code link}, in the head). */
    public static final String TRUNCATED = Vocab.SG + "truncated";

    /**
     * Writes an answer in a format that fits it. Rows cut at the row cap say so in the answer
     * itself as well as in the header: SPARQL JSON and XML results carry the link {@link #TRUNCATED}
     * in their head, where the results formats keep links to more about the results.
     */
    public static void write(Answer answer, ResultFormat format, OutputStream out) {
        if (answer.rows() != null && answer.truncated() && (format == ResultFormat.JSON || format == ResultFormat.XML)) {
            java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
            ResultSetMgr.write(plain, answer.rows(), format.lang());
            try {
                out.write(withLink(plain.toString(java.nio.charset.StandardCharsets.UTF_8), format).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else if (answer.rows() != null) ResultSetMgr.write(out, answer.rows(), format.lang());
        else if (answer.bool() != null) ResultSetMgr.write(out, answer.bool(), format.lang());
        else if (format == ResultFormat.TRIG) RDFDataMgr.write(out, DatasetFactory.wrap(answer.graph()), format.lang());
        else RDFDataMgr.write(out, answer.graph(), format.lang());
    }

    private static String withLink(String results, ResultFormat format) {
        if (format == ResultFormat.XML) return results.replaceFirst("</head>", "  <link href=\"" + TRUNCATED + "\"/>\n  </head>");
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(results);
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("head")).putArray("link").add(TRUNCATED);
            return json.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Jena wrote SPARQL JSON results Jackson cannot read", e);
        }
    }
}
