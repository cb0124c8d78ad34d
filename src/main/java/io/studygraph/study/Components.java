package io.studygraph.study;

import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's strongly connected components, iterative: a recursive walk would overflow the stack on
 * a long chain of citations in a large list. Linear in nodes and edges.
 */
final class Components {
    private Components() {}

    /** The component of each node; two nodes share one iff each reaches the other. */
    static int[] of(int n, List<PlanOrder.Edge> edges) {
        int[] degree = new int[n];
        for (PlanOrder.Edge e : edges) degree[e.before()]++;
        int[][] succ = new int[n][];
        for (int i = 0; i < n; i++) succ[i] = new int[degree[i]];
        for (PlanOrder.Edge e : edges) succ[e.before()][--degree[e.before()]] = e.after();

        int[] index = new int[n], low = new int[n], comp = new int[n], next = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n], call = new int[n];
        int counter = 0, top = 0, components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int depth = 0;
            call[depth++] = root;
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth > 0) {
                int u = call[depth - 1];
                if (next[u] < succ[u].length) {
                    int v = succ[u][next[u]++];
                    if (index[v] < 0) {
                        index[v] = low[v] = counter++;
                        stack[top++] = v;
                        onStack[v] = true;
                        call[depth++] = v;
                    } else if (onStack[v]) {
                        low[u] = Math.min(low[u], index[v]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) low[call[depth - 1]] = Math.min(low[call[depth - 1]], low[u]);
                if (low[u] == index[u]) {
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        comp[w] = components;
                    } while (w != u);
                    components++;
                }
            }
        }
        return comp;
    }
}
