package io.studygraph.search;

import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;

/**
 * {@code sg:search}: joins search hits with graph patterns. The index ranks entities, not triples.
 *
 * <pre>
 * SELECT ?paper ?score WHERE {
 *   (?paper ?score) sg:search ("classifier guidance" 10) .
 *   ?paper a schema:ScholarlyArticle .
 * }
 * </pre>
 * The subject is {@code ?hit} or {@code (?hit ?score)}; the object is the search text, or a list
 * of the text and the number of hits wanted (default 10, at most 1000).
 */
public final class SearchPropertyFunction extends PropertyFunctionBase {
    public static final String IRI = Vocab.SG + "search";
    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 1000;

    private final SearchService search;

    private SearchPropertyFunction(SearchService search) {
        this.search = search;
    }

    public static PropertyFunctionFactory factory(SearchService search) {
        return uri -> new SearchPropertyFunction(search);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 2)) {
            throw new QueryBuildException("sg:search: the subject is ?hit or (?hit ?score)");
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw new QueryBuildException("sg:search: the object is \"text\" or (\"text\" limit)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        Node text = resolve(object.isList() ? object.getArg(0) : object.getArg(), binding);
        Node limitNode = object.isList() && object.getArgListSize() > 1 ? resolve(object.getArg(1), binding) : null;
        if (text == null || !text.isLiteral() || text.getLiteralLexicalForm().isBlank()) return empty(cxt);
        if (text.getLiteralLexicalForm().length() > SearchService.MAX_QUERY_LENGTH) {
            // Said as the query's fault (a 400), in SPARQL's terms rather than the search API's 'q'.
            throw new QueryBuildException("sg:search: the text is " + text.getLiteralLexicalForm().length()
                    + " characters long; at most " + SearchService.MAX_QUERY_LENGTH + " are searched");
        }
        int limit = DEFAULT_LIMIT;
        if (limitNode != null && limitNode.isLiteral() && limitNode.getLiteralValue() instanceof Number n) {
            limit = Math.max(1, Math.min(MAX_LIMIT, n.intValue()));
        }
        Node hitArg = subject.isList() ? subject.getArg(0) : subject.getArg();
        Node scoreArg = subject.isList() && subject.getArgListSize() > 1 ? subject.getArg(1) : null;
        List<Binding> out = new ArrayList<>();
        for (SearchResult.Scored s : search.top(text.getLiteralLexicalForm(), limit)) {
            Node hit = NodeFactory.createURI(s.iri());
            BindingBuilder b = BindingFactory.builder(binding);
            if (!bind(b, binding, hitArg, hit)) continue;
            if (scoreArg != null && !bind(b, binding, scoreArg, NodeFactory.createLiteralDT(Float.toString(s.score()), XSDDatatype.XSDfloat))) continue;
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** Binds a variable, or checks that a constant (or an already bound variable) equals the value. */
    private static boolean bind(BindingBuilder b, Binding parent, Node arg, Node value) {
        if (arg.isVariable()) {
            Var v = Var.alloc(arg);
            if (parent.contains(v)) return parent.get(v).equals(value);
            b.add(v, value);
            return true;
        }
        return arg.equals(value);
    }

    private static Node resolve(Node node, Binding binding) {
        return node.isVariable() ? binding.get(Var.alloc(node)) : node;
    }

    private static QueryIterator empty(ExecutionContext cxt) {
        return QueryIterPlainWrapper.create(java.util.Collections.emptyIterator(), cxt);
    }
}
