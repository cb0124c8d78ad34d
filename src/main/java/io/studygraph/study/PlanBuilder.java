package io.studygraph.study;

import io.studygraph.graph.Kind;
import io.studygraph.study.PlanOrder.Edge;
import io.studygraph.study.PlanReason.Type;
import io.studygraph.study.Prerequisites.Item;
import io.studygraph.study.Prerequisites.Link;
import io.studygraph.study.Prerequisites.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a scope and its order into the steps of a plan, each with its reasons. */
final class PlanBuilder {
    private final ReadingPlans.Scope scope;
    private final PlanSentences words;
    private final ReadingPlans.Graph graph;
    private final PlanOrder.Result result;

    PlanBuilder(ReadingPlans.Scope scope, PlanSentences words) {
        this.scope = scope;
        this.words = words;
        this.graph = new ReadingPlans.Graph(scope);
        this.result = PlanOrder.order(graph.iris.size(), graph.linksOf.keySet(), graph.key);
    }

    ReadingPlan build(List<PlanMove> moves, Map<String, Status> progress) {
        List<PlanOrder.Move> applied = moves.stream().filter(m -> graph.index.containsKey(m.item()))
                .map(m -> new PlanOrder.Move(graph.index.get(m.item()), m.position())).toList();
        List<String> order = PlanOrder.move(result.order(), applied).stream().map(graph.iris::get).toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) position.put(order.get(i), i + 1);
        Map<String, Integer> movedTo = new HashMap<>();
        for (PlanOrder.Move m : applied) movedTo.put(graph.iris.get(m.node()), position.get(graph.iris.get(m.node())));

        List<Link> kept = graph.links(result.kept());
        Map<String, List<Link>> into = new HashMap<>(), outOf = new HashMap<>();
        for (Link l : kept) {
            into.computeIfAbsent(l.after(), k -> new ArrayList<>()).add(l);
            outOf.computeIfAbsent(l.before(), k -> new ArrayList<>()).add(l);
        }
        // The strongest relations first: "builds on" says more than "mentions", and reasons are capped.
        Comparator<Link> byBefore = Comparator.comparing((Link l) -> l.relation().ordinal())
                .thenComparing(l -> position.get(l.before()));
        Comparator<Link> byAfter = Comparator.comparing(l -> position.get(l.after()));
        into.values().forEach(l -> l.sort(byBefore));
        outOf.values().forEach(l -> l.sort(byAfter));
        Map<String, PlanReason> optional = optional(kept, position);
        List<PlanCycle> cycles = cycles(position);
        Map<String, PlanCycle> cycleAt = new HashMap<>();
        cycles.forEach(c -> cycleAt.put(c.items().get(0), c));

        List<PlanStep> steps = new ArrayList<>();
        for (String iri : order) {
            Item item = scope.items().get(iri);
            List<PlanReason> reasons = new ArrayList<>();
            if (movedTo.containsKey(iri)) reasons.add(plain(Type.MOVED, words.moved(movedTo.get(iri))));
            if (cycleAt.containsKey(iri)) reasons.add(plain(Type.CYCLE, cycleAt.get(iri).sentence()));
            if (optional.containsKey(iri)) reasons.add(optional.get(iri));
            reasons.addAll(outgoing(item, outOf.getOrDefault(iri, List.of())));
            // One reason per prerequisite, from its strongest relation: "builds on" over "cites".
            Set<String> seen = new HashSet<>();
            List<Link> needs = into.getOrDefault(iri, List.of()).stream().filter(l -> seen.add(l.before())).toList();
            needs.stream().limit(ReadingPlans.MAX_REASONS).forEach(l -> reasons.add(reason(Type.AFTER, l, l.before(), words.after(l))));
            if (needs.size() > ReadingPlans.MAX_REASONS) {
                reasons.add(plain(Type.AFTER, words.more(needs.size() - ReadingPlans.MAX_REASONS)));
            }
            int importance = result.importance().get(graph.index.get(iri));
            if (needs.isEmpty()) reasons.add(plain(Type.START, words.start(importance)));
            if (graph.central(iri)) reasons.add(plain(Type.CENTRAL, words.central()));
            boolean concept = item.kind() == Kind.CONCEPT;
            Status status = progress.getOrDefault(iri, Status.UNREAD).forConcept(concept);
            steps.add(new PlanStep(position.get(iri), iri, item.kind().slug(), words.label(iri), item.date(), status,
                    optional.containsKey(iri), importance, scope.centrality().getOrDefault(iri, 0.0), List.copyOf(reasons)));
        }
        return new ReadingPlan(scope.target(), (int) steps.stream().filter(s -> s.status().finished()).count(),
                steps.size(), steps, nextUp(steps, into, optional.keySet()), cycles, broken(order, applied.isEmpty()));
    }

    private List<PlanReason> outgoing(Item item, List<Link> out) {
        List<PlanReason> reasons = new ArrayList<>();
        for (Link l : out) {
            if (l.relation() == Relation.EXPLAINS && ReadingPlans.introduction(item)) {
                reasons.add(reason(Type.INTRODUCES, l, l.after(), words.introduces(l.before(), l.after())));
            }
        }
        if (item.kind() == Kind.CONCEPT) {
            out.stream().filter(l -> l.relation().conceptual()).map(Link::after).distinct().limit(3)
                    .forEach(d -> reasons.add(new PlanReason(Type.NEEDED_BY, null, null, d, words.label(d), words.neededBy(d))));
        }
        return reasons;
    }

    /**
     * The second and later introductions of one kind for the same item are optional, unless they
     * are the first of their kind for something else they explain.
     */
    private Map<String, PlanReason> optional(List<Link> kept, Map<String, Integer> position) {
        Map<String, List<String>> introsOf = new HashMap<>();
        for (Link l : kept) {
            if (l.relation() == Relation.EXPLAINS && ReadingPlans.introduction(scope.items().get(l.before()))) {
                introsOf.computeIfAbsent(l.after(), k -> new ArrayList<>()).add(l.before());
            }
        }
        Set<String> first = new HashSet<>();
        Map<String, PlanReason> second = new HashMap<>();
        introsOf.keySet().stream().sorted(Comparator.comparing(position::get)).forEach(explained -> {
            Map<String, String> firstOfKind = new HashMap<>();
            introsOf.get(explained).stream().distinct().sorted(Comparator.comparing(position::get)).forEach(v -> {
                String kind = scope.items().get(v).survey() ? "survey" : scope.items().get(v).kind().slug();
                String covering = firstOfKind.putIfAbsent(kind, v);
                if (covering == null) first.add(v);
                else second.putIfAbsent(v, new PlanReason(Type.OPTIONAL, Relation.EXPLAINS.base.getURI(),
                        "explains", explained, words.label(explained), words.optional(v, explained, covering)));
            });
        });
        second.keySet().removeAll(first);
        return second;
    }

    private List<PlanCycle> cycles(Map<String, Integer> position) {
        Map<Integer, Integer> componentOf = new HashMap<>();
        List<List<String>> members = new ArrayList<>();
        for (List<Integer> c : result.cycles()) {
            List<String> iris = c.stream().map(graph.iris::get).sorted(Comparator.comparing(position::get)).toList();
            c.forEach(i -> componentOf.put(i, members.size()));
            members.add(iris);
        }
        List<List<Link>> dropped = new ArrayList<>();
        members.forEach(m -> dropped.add(new ArrayList<>()));
        for (Edge e : result.dropped()) dropped.get(componentOf.get(e.before())).addAll(graph.linksOf.get(e));
        List<PlanCycle> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            boolean citations = dropped.get(i).stream().allMatch(l -> l.relation().citation());
            out.add(new PlanCycle(members.get(i), words.cycle(members.get(i), citations),
                    dropped.get(i).stream().map(this::brokenEdge).toList()));
        }
        out.sort(Comparator.comparing(c -> position.get(c.items().get(0))));
        return out;
    }

    private List<BrokenEdge> broken(List<String> order, boolean unmoved) {
        if (unmoved) return List.of();
        List<Integer> nodes = order.stream().map(graph.index::get).toList();
        return graph.links(PlanOrder.broken(nodes, result.kept())).stream().map(this::brokenEdge).toList();
    }

    private BrokenEdge brokenEdge(Link l) {
        return new BrokenEdge(l.before(), l.after(), l.property(), words.broken(l));
    }

    private static List<PlanStep> nextUp(List<PlanStep> steps, Map<String, List<Link>> into, Set<String> optional) {
        Map<String, Status> status = new HashMap<>();
        steps.forEach(s -> status.put(s.iri(), s.status()));
        return steps.stream().filter(s -> !s.status().started())
                .filter(s -> into.getOrDefault(s.iri(), List.of()).stream().map(Link::before)
                        .allMatch(b -> optional.contains(b) || status.get(b).finished()))
                .limit(ReadingPlans.NEXT_UP).toList();
    }

    private PlanReason reason(Type type, Link l, String other, String sentence) {
        return new PlanReason(type, l.property(), words.relationLabel(l), other, words.label(other), sentence);
    }

    private static PlanReason plain(Type type, String sentence) {
        return new PlanReason(type, null, null, null, null, sentence);
    }
}
