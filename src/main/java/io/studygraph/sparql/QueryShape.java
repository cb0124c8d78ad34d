package io.studygraph.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.*;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;

/**
 * What a query's algebra looks like, for admission: how deep its operators stack and whether it
 * is cheap by shape. The syntax can be flat where the algebra is not: two thousand OPTIONALs side
 * by side in one group become two thousand left joins, each inside the next, and Jena evaluates
 * (and optimises) that chain by recursion. So the depth is measured here, on the algebra.
 */
record QueryShape(int depth, boolean cheap) {
    /** How deep operators may stack; a query that needs more is refused before it runs. */
    static final int MAX_OPERATOR_DEPTH = 200;
    /** A cheap query reads at most this many triple patterns, each anchored by a constant. */
    static final int CHEAP_PATTERNS = 3;

    /** The shape of a query that {@link QueryGuard} has passed; refuses one that stacks too deep. */
    static QueryShape of(Query query) {
        Op op = Algebra.compile(query);
        int depth = depth(op, 1);
        List<Triple> patterns = new ArrayList<>();
        boolean cheap = cheap(op, patterns) && patterns.size() <= CHEAP_PATTERNS
                && patterns.stream().allMatch(t -> t.getSubject().isConcrete() || t.getObject().isConcrete());
        return new QueryShape(depth, cheap);
    }

    /** The depth of the operator tree; stops (and refuses) at the limit, so it cannot overflow. */
    private static int depth(Op op, int level) {
        if (level > MAX_OPERATOR_DEPTH) {
            throw new SparqlException("The query's operators nest more than " + MAX_OPERATOR_DEPTH
                    + " levels deep (each OPTIONAL, MINUS, UNION or BIND over what comes before it is a level); the limit is "
                    + MAX_OPERATOR_DEPTH + ": split the query or use VALUES");
        }
        int deepest = level;
        for (Op sub : children(op)) deepest = Math.max(deepest, depth(sub, level + 1));
        return deepest;
    }

    private static List<Op> children(Op op) {
        if (op instanceof Op1 one) return List.of(one.getSubOp());
        if (op instanceof Op2 two) return List.of(two.getLeft(), two.getRight());
        if (op instanceof OpN many) return many.getElements();
        return List.of();
    }

    /**
     * Whether the query only looks up a few anchored patterns: no paths, joins beyond a basic
     * pattern, grouping, sub-queries or EXISTS. Such a query touches a handful of index entries,
     * so it may run in the cheap lane while heavy queries hold their slots.
     */
    private static boolean cheap(Op op, List<Triple> patterns) {
        if (op instanceof OpBGP bgp) {
            patterns.addAll(bgp.getPattern().getList());
            return true;
        }
        if (op instanceof OpTriple t) {
            patterns.add(t.getTriple());
            return true;
        }
        if (op instanceof OpTable || op instanceof OpNull) return true;
        if (op instanceof OpFilter f) {
            return f.getExprs().getList().stream().allMatch(QueryShape::plain) && cheap(f.getSubOp(), patterns);
        }
        if (op instanceof OpExtend e) {
            return e.getVarExprList().getExprs().values().stream().allMatch(QueryShape::plain) && cheap(e.getSubOp(), patterns);
        }
        if (op instanceof OpProject || op instanceof OpSlice || op instanceof OpDistinct || op instanceof OpReduced) {
            return cheap(((Op1) op).getSubOp(), patterns);
        }
        return false;
    }

    /** An expression without EXISTS in it (its depth is bounded by {@link QueryGuard}). */
    private static boolean plain(Expr e) {
        if (e instanceof ExprFunctionOp) return false;
        if (e instanceof ExprFunction f) return f.getArgs().stream().allMatch(QueryShape::plain);
        return true;
    }
}
