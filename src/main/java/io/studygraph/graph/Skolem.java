package io.studygraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsURI;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Blank nodes as they cross the wire to a remote store: written as skolem IRIs (RDF 1.1 §3.5),
 * read back as the blank nodes they stand for. A SPARQL server names a blank node afresh in each
 * answer, so without this a blank node read in one request names nothing in the next: an author
 * list's cells could not be walked, nor moved to a variant. With it, a cell read once is the same
 * node in every later query and write, as on TDB2.
 *
 * <p>On the server the cells are IRIs under {@link #PREFIX}; queries sent there have {@code
 * isBlank}, {@code isIRI} and {@code isURI} rewritten (in filters, binds and selected expressions)
 * so they still tell the two apart. What remains different: such a test inside an aggregate
 * ({@code COUNT(IF(isBlank(?x), ...))}) is not rewritten, {@code STR()} of such a node gives its
 * IRI, and a server-side {@code DESCRIBE} does not follow them as blank nodes. Other clients of
 * the server see the IRIs, as RDF 1.1 intends.
 */
final class Skolem {
    /** The well-known path RDF 1.1 reserves for skolem IRIs, under the project's own namespace. */
    static final String PREFIX = "https://w3id.org/studygraph/.well-known/genid/";
    private static final NodeValue PREFIX_VALUE = NodeValue.makeString(PREFIX);

    private Skolem() {}

    /** The node as the server holds it: a blank node as its skolem IRI, any other as it is. */
    static Node out(Node node) {
        return node.isBlank() ? NodeFactory.createURI(PREFIX + node.getBlankNodeLabel()) : node;
    }

    static Triple out(Triple t) {
        if (!t.getSubject().isBlank() && !t.getObject().isBlank()) return t;
        return Triple.create(out(t.getSubject()), t.getPredicate(), out(t.getObject()));
    }

    /** The node as callers see it: a skolem IRI as the blank node it stands for. */
    static Node in(Node node) {
        return node != null && node.isURI() && node.getURI().startsWith(PREFIX)
                ? NodeFactory.createBlankNode(node.getURI().substring(PREFIX.length())) : node;
    }

    static Triple in(Triple t) {
        Node s = in(t.getSubject());
        Node o = in(t.getObject());
        return s == t.getSubject() && o == t.getObject() ? t : Triple.create(s, t.getPredicate(), o);
    }

    static Binding in(Binding row) {
        BindingBuilder copy = BindingFactory.builder();
        row.forEach((var, node) -> copy.add(var, in(node)));
        return copy.build();
    }

    /** The query with its node tests telling skolem IRIs for the blank nodes they are. */
    static Query rewrite(Query query) {
        // A VALUES block cannot carry a blank node at all (a view restricted to author-list cells
        // would be a syntax error on the server): its blank nodes go as their skolem IRIs.
        ElementTransformCopyBase values = new ElementTransformCopyBase() {
            @Override
            public org.apache.jena.sparql.syntax.Element transform(org.apache.jena.sparql.syntax.ElementData data) {
                boolean blank = data.getRows().stream().anyMatch(row -> {
                    boolean[] any = {false};
                    row.forEach((var, node) -> any[0] |= node.isBlank());
                    return any[0];
                });
                if (!blank) return data;
                org.apache.jena.sparql.syntax.ElementData copy = new org.apache.jena.sparql.syntax.ElementData();
                data.getVars().forEach(copy::add);
                for (Binding row : data.getRows()) {
                    BindingBuilder out = BindingFactory.builder();
                    row.forEach((var, node) -> out.add(var, out(node)));
                    copy.add(out.build());
                }
                return copy;
            }
        };
        return QueryTransformOps.transform(query, values, new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_IsBlank) return new E_LogicalOr(new E_IsBlank(arg), skolem(arg));
                if (func instanceof E_IsIRI || func instanceof E_IsURI) return new E_LogicalAnd(new E_IsIRI(arg), new E_LogicalNot(skolem(arg)));
                return super.transform(func, arg);
            }
        });
    }

    private static Expr skolem(Expr arg) {
        return new E_LogicalAnd(new E_IsIRI(arg), new E_StrStartsWith(new E_Str(arg), PREFIX_VALUE));
    }
}
