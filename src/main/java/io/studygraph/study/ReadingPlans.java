package io.studygraph.study;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.Importance;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Store;
import io.studygraph.study.PlanOrder.Edge;
import io.studygraph.study.Prerequisites.Item;
import io.studygraph.study.Prerequisites.Link;
import io.studygraph.study.Prerequisites.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading plans over the list in the store: the whole list, or what one target needs.
 *
 * <pre>{@code
 * ReadingPlans plans = new ReadingPlans(store, entities, importance);
 * ReadingPlan plan = plans.plan(Optional.of(paperIri), List.of(), Map.of());
 * System.out.print(plan.text());
 * }</pre>
 */
public final class ReadingPlans {
    /** How many steps "next up" lists: enough to choose from, few enough to read at a glance. */
    public static final int NEXT_UP = 5;
    /** A step at least this central (0–1), and among the plan's most central few, is said to be. */
    static final double CENTRAL = 0.5;
    static final int CENTRAL_SHOWN = 3;
    /** Prerequisite reasons shown per step; a paper citing forty others names the first few. */
    static final int MAX_REASONS = 8;

    private final Store store;
    private final EntityService entities;
    private final Prerequisites prerequisites;
    private final Importance importance;

    public ReadingPlans(Store store, EntityService entities, Importance importance) {
        this.store = store;
        this.entities = entities;
        this.importance = importance;
        this.prerequisites = new Prerequisites(store);
    }

    /** What a plan is made of, read in one transaction. */
    record Scope(String target, Map<String, Item> items, List<Link> links, Map<String, String> labels, Map<String, Double> centrality) {}

    /**
     * The plan over the whole list, or over what {@code target} needs: its transitive prerequisites,
     * itself, and the introductions of anything included. {@code moves} apply in order (moves of
     * items not in the plan are ignored); {@code progress} maps item IRIs to where the learner is.
     *
     * @throws StudyException when the target is unknown (not found) or not something to study
     */
    public ReadingPlan plan(Optional<String> target, List<PlanMove> moves, Map<String, Status> progress) {
        Scope scope = store.read(() -> scope(target.filter(t -> !t.isBlank())));
        return new PlanBuilder(scope, new PlanSentences(scope.labels(), scope.items(), entities.labels()))
                .build(moves, progress);
    }

    private Scope scope(Optional<String> target) {
        Map<String, Item> items = new HashMap<>(prerequisites.onTheList());
        target.ifPresent(t -> items.computeIfAbsent(t, this::targetItem));
        List<Link> links = prerequisites.among(items);
        if (target.isPresent()) {
            Set<String> needed = needs(target.get(), links);
            items.keySet().retainAll(needed);
            links = links.stream().filter(l -> needed.contains(l.before()) && needed.contains(l.after())).toList();
        }
        Map<String, String> labels = new HashMap<>();
        for (Ref ref : entities.refs(items.keySet())) labels.put(ref.iri(), ref.label());
        Map<String, Double> scores = importance.scores();
        Map<String, Double> centrality = new HashMap<>();
        for (String iri : items.keySet()) centrality.put(iri, scores.getOrDefault(iri, 0.0));
        return new Scope(target.orElse(null), Map.copyOf(items), List.copyOf(links), labels, Map.copyOf(centrality));
    }

    private Item targetItem(String iri) {
        return prerequisites.item(iri).orElseThrow(() -> {
            List<Ref> refs = entities.refs(List.of(iri));
            if (refs.isEmpty()) return StudyException.notFound("No entity has the IRI given as target: " + iri);
            Ref ref = refs.get(0);
            String what = ref.kind() == null ? "not something to study" : "a " + ref.kind();
            return StudyException.badInput("The target must be a paper, book, tutorial, video, repository, question or concept; '"
                    + ref.label() + "' is " + what);
        });
    }

    /** The target, everything it transitively needs, and whatever introduces one of those. */
    private static Set<String> needs(String target, List<Link> links) {
        Map<String, List<String>> before = new HashMap<>();
        for (Link l : links) before.computeIfAbsent(l.after(), k -> new ArrayList<>()).add(l.before());
        Set<String> needed = new HashSet<>(Set.of(target));
        Deque<String> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            for (String b : before.getOrDefault(todo.pop(), List.of())) if (needed.add(b)) todo.push(b);
        }
        Set<String> intros = new HashSet<>();
        for (Link l : links) if (l.relation() == Relation.EXPLAINS && needed.contains(l.after())) intros.add(l.before());
        needed.addAll(intros);
        return needed;
    }

    /** Introductions: a video, a tutorial or a survey that explains something sits right before it. */
    static boolean introduction(Item item) {
        return item.kind() == Kind.VIDEO || item.kind() == Kind.TUTORIAL || item.survey();
    }

    /** Nodes of the abstract graph are the items in IRI order; links map to edges and back. */
    static final class Graph {
        final List<String> iris;
        final Map<String, Integer> index = new HashMap<>();
        final Map<Edge, List<Link>> linksOf = new LinkedHashMap<>();
        final Comparator<Integer> key;
        private final Set<String> central;

        Graph(Scope scope) {
            iris = scope.items().keySet().stream().sorted().toList();
            for (int i = 0; i < iris.size(); i++) index.put(iris.get(i), i);
            String[] dates = iris.stream().map(iri -> scope.items().get(iri).date()).toArray(String[]::new);
            // Scores to two decimals: a hair's difference in rank should not beat an older date.
            double[] rank = iris.stream().mapToDouble(iri -> Math.round(scope.centrality().getOrDefault(iri, 0.0) * 100) / 100.0).toArray();
            // The more central first (the key paper before a side note), older first, undated last,
            // then IRI: the node number is the IRI's rank.
            key = Comparator.<Integer>comparingDouble(i -> -rank[i])
                    .thenComparing(i -> dates[i], Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparingInt(i -> i);
            central = iris.stream().filter(iri -> scope.centrality().getOrDefault(iri, 0.0) >= CENTRAL)
                    .sorted(Comparator.comparingDouble(iri -> -scope.centrality().get(iri))).limit(CENTRAL_SHOWN).collect(java.util.stream.Collectors.toSet());
            for (Link l : scope.links()) {
                boolean intro = l.relation() == Relation.EXPLAINS && introduction(scope.items().get(l.before()));
                Edge e = new Edge(index.get(l.before()), index.get(l.after()), l.relation().strength(), intro);
                linksOf.computeIfAbsent(e, k -> new ArrayList<>()).add(l);
            }
        }

        /** Whether the plan says of this item that it is among the graph's most central. */
        boolean central(String iri) {
            return central.contains(iri);
        }

        List<Link> links(List<Edge> edges) {
            return edges.stream().flatMap(e -> linksOf.get(e).stream()).toList();
        }
    }
}
