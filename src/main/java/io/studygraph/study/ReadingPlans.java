package io.studygraph.study;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
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
 * ReadingPlans plans = new ReadingPlans(store, entities);
 * ReadingPlan plan = plans.plan(Optional.of(paperIri), List.of(), Map.of());
 * System.out.print(plan.text());
 * }</pre>
 */
public final class ReadingPlans {
    /** How many steps "next up" lists: enough to choose from, few enough to read at a glance. */
    public static final int NEXT_UP = 5;
    /** Prerequisite reasons shown per step; a paper citing forty others names the first few. */
    static final int MAX_REASONS = 8;

    private final Store store;
    private final EntityService entities;
    private final Prerequisites prerequisites;

    public ReadingPlans(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
        this.prerequisites = new Prerequisites(store);
    }

    /** What a plan is made of, read in one transaction. */
    record Scope(String target, Map<String, Item> items, List<Link> links, Map<String, String> labels) {}

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
        return new Scope(target.orElse(null), Map.copyOf(items), List.copyOf(links), labels);
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

        Graph(Scope scope) {
            iris = scope.items().keySet().stream().sorted().toList();
            for (int i = 0; i < iris.size(); i++) index.put(iris.get(i), i);
            String[] dates = iris.stream().map(iri -> scope.items().get(iri).date()).toArray(String[]::new);
            // Older first, undated last, then IRI: the node number is the IRI's rank.
            key = Comparator.<Integer, String>comparing(i -> dates[i], Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(i -> i);
            for (Link l : scope.links()) {
                boolean intro = l.relation() == Relation.EXPLAINS && introduction(scope.items().get(l.before()));
                Edge e = new Edge(index.get(l.before()), index.get(l.after()), l.relation().strength(), intro);
                linksOf.computeIfAbsent(e, k -> new ArrayList<>()).add(l);
            }
        }

        List<Link> links(List<Edge> edges) {
            return edges.stream().flatMap(e -> linksOf.get(e).stream()).toList();
        }
    }
}
