package io.studygraph.sparql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.syntax.*;

/**
 * Checks a parsed query for what the endpoint refuses, walking every part of it: the WHERE
 * pattern, sub-selects, EXISTS and NOT EXISTS wherever an expression may hold one (FILTER, BIND,
 * SELECT expressions, GROUP BY, HAVING, ORDER BY), to any depth. It refuses
 * <ul>
 *   <li>{@code SERVICE} anywhere, naming where it sits: this server never opens a connection on a
 *       query's behalf (the execution context also forbids it; this check gives the clear answer);</li>
 *   <li>patterns and expressions nested deeper than {@link #MAX_NESTING}: Jena evaluates them by
 *       recursion, and past a few thousand levels the thread's stack overflows.</li>
 * </ul>
 * The walk is itself recursive, but it stops at the limit, so it cannot overflow either.
 * Implementing the whole {@link ElementVisitor} (not a base class) makes a new kind of element
 * a compile error here rather than a silent gap.
 */
final class QueryGuard implements ElementVisitor {
    /** How deep patterns and expressions may nest; each group, OPTIONAL, EXISTS or operator is a level. */
    static final int MAX_NESTING = 200;

    private final QueryText text;
    // Where the walk is, outermost first, for the message: "inside a sub-select, inside FILTER EXISTS".
    private final Deque<String> where = new ArrayDeque<>();

    private QueryGuard(QueryText text) {
        this.text = text;
    }

    /** Throws {@link SparqlException} when the query holds SERVICE or nests too deep. */
    static void check(Query query, QueryText text) {
        new QueryGuard(text).query(query);
    }

    private void query(Query query) {
        exprs("in a SELECT expression", query.getProject());
        if (query.getQueryPattern() != null) element("in the WHERE clause", query.getQueryPattern());
        exprs("in GROUP BY", query.getGroupBy());
        if (query.getHavingExprs() != null) {
            for (Expr e : query.getHavingExprs()) expr("in HAVING", e);
        }
        if (query.getOrderBy() != null) {
            for (SortCondition c : query.getOrderBy()) expr("in ORDER BY", c.getExpression());
        }
    }

    private void exprs(String place, VarExprList list) {
        if (list != null) list.getExprs().values().forEach(e -> expr(place, e));
    }

    private void enter(String place) {
        if (where.size() >= MAX_NESTING) {
            throw new SparqlException("The query nests patterns or expressions more than " + MAX_NESTING
                    + " levels deep; the limit is " + MAX_NESTING + " (rewrite it flatter, e.g. VALUES or IN instead of long chains)");
        }
        where.push(place);
    }

    private void element(String place, Element el) {
        enter(place);
        el.visit(this);
        where.pop();
    }

    private void expr(String place, Expr e) {
        if (e == null) return;
        enter(place);
        if (e instanceof ExprFunctionOp op) {
            element(op instanceof E_NotExists ? "inside NOT EXISTS" : "inside EXISTS", op.getElement());
        } else if (e instanceof ExprAggregator agg) {
            if (agg.getAggregator().getExprList() != null) agg.getAggregator().getExprList().forEach(a -> expr("in an aggregate", a));
        } else if (e instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) expr("in an expression", arg);
        }
        where.pop();
    }

    private void elements(String place, List<Element> list) {
        for (Element el : list) element(place, el);
    }

    @Override public void visit(ElementService el) {
        // Name the syntactic places from the outside in, skipping the repetitive ones.
        List<String> path = new java.util.ArrayList<>();
        where.descendingIterator().forEachRemaining(p -> {
            if (!p.equals("in a group") && !p.equals("in an expression")) path.add(p);
        });
        String place = String.join(", ", path);
        String position = text.firstService().map(p -> " at " + p).orElse("");
        throw new SparqlException("SERVICE is not allowed (found" + position + ", " + place
                + "): this server never fetches other endpoints or URLs");
    }

    @Override public void visit(ElementGroup el) { elements("in a group", el.getElements()); }
    @Override public void visit(ElementOptional el) { element("inside OPTIONAL", el.getOptionalElement()); }
    @Override public void visit(ElementMinus el) { element("inside MINUS", el.getMinusElement()); }
    @Override public void visit(ElementUnion el) { elements("inside UNION", el.getElements()); }
    @Override public void visit(ElementNamedGraph el) { element("inside GRAPH", el.getElement()); }
    @Override public void visit(ElementLateral el) { element("inside LATERAL", el.getLateralElement()); }
    @Override public void visit(ElementSemiJoin el) { element("inside a semi-join", el.getSubElement()); }
    @Override public void visit(ElementAntiJoin el) { element("inside an anti-join", el.getSubElement()); }
    @Override public void visit(ElementExists el) { element("inside EXISTS", el.getElement()); }
    @Override public void visit(ElementNotExists el) { element("inside NOT EXISTS", el.getElement()); }
    @Override public void visit(ElementDataset el) { if (el.getElement() != null) element("in a dataset", el.getElement()); }
    @Override public void visit(ElementFilter el) { expr("in a FILTER", el.getExpr()); }
    @Override public void visit(ElementBind el) { expr("in a BIND", el.getExpr()); }
    @Override public void visit(ElementAssign el) { expr("in a LET", el.getExpr()); }
    @Override public void visit(ElementUnfold el) { expr("in an UNFOLD", el.getExpr()); }

    @Override public void visit(ElementSubQuery el) {
        enter("inside a sub-select");
        query(el.getQuery());
        where.pop();
    }

    // Plain data: nothing below them to walk.
    @Override public void visit(ElementTriplesBlock el) {}
    @Override public void visit(ElementPathBlock el) {}
    @Override public void visit(ElementData el) {}
}
