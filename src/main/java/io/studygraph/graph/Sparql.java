package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/** Parsed query templates with the project's prefixes, and a helper to read all rows. */
public final class Sparql {
    private static final String PROLOGUE = prologue(Vocab.prefixes());

    private Sparql() {}

    /** Parses a query written with the standard prefixes (sg, schema, skos, ...) predeclared. */
    public static Query parse(String body) {
        return QueryFactory.create(PROLOGUE + body);
    }

    /** Runs a SELECT with bound variables and copies its rows out of the transaction. */
    public static List<QuerySolution> select(Store store, Query query, Map<String, Node> bindings) {
        return store.query(query, bindings, qe -> {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                // Copy each value now: TDB2 resolves nodes lazily, and only inside the transaction.
                QuerySolution row = rs.next();
                QuerySolutionMap copy = new QuerySolutionMap();
                row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                rows.add(copy);
            }
            return rows;
        });
    }

    /**
     * A copy of a query whose pattern starts with {@code VALUES ?var { ... }}: the query then only
     * considers those nodes. Built with the syntax API, so no value is ever parsed as SPARQL text.
     */
    public static Query restrict(Query query, String var, Collection<Node> values) {
        Query copy = query.cloneQuery();
        Var v = Var.alloc(var);
        ElementData data = new ElementData();
        data.add(v);
        for (Node node : values) data.add(BindingFactory.binding(v, node));
        // Inside the query's own group, first: a group that starts with OPTIONAL must see the
        // values before it, or it would left-join from nothing.
        if (copy.getQueryPattern() instanceof ElementGroup own) {
            own.getElements().add(0, data);
        } else {
            ElementGroup group = new ElementGroup();
            group.addElement(data);
            group.addElement(copy.getQueryPattern());
            copy.setQueryPattern(group);
        }
        return copy;
    }

    public static String prologue(PrefixMapping prefixes) {
        StringBuilder sb = new StringBuilder();
        prefixes.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
