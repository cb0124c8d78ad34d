package io.studygraph.study;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Labels;
import io.studygraph.study.Prerequisites.Link;
import io.studygraph.study.Prerequisites.Relation;
import java.util.List;
import java.util.Map;

/** The words of a plan: every sentence names items by their display labels, titles in {@code *emphasis*}. */
final class PlanSentences {
    private final Map<String, String> labels;
    private final Map<String, Prerequisites.Item> items;
    private final Labels relations;

    PlanSentences(Map<String, String> labels, Map<String, Prerequisites.Item> items, Labels relations) {
        this.labels = labels;
        this.items = items;
        this.relations = relations;
    }

    String label(String iri) {
        return labels.getOrDefault(iri, "an untitled item");
    }

    String relationLabel(Link link) {
        return relations.forward(link.property());
    }

    private String em(String iri) {
        return "*" + label(iri) + "*";
    }

    /** How one takes in an item: read a paper, watch a video, learn a concept. */
    String verb(String iri) {
        Kind kind = items.get(iri).kind();
        return switch (kind) {
            case VIDEO -> "Watch";
            case CONCEPT -> "Learn";
            case REPO -> "Try";
            default -> "Read";
        };
    }

    /** On the dependant: why {@code link.before()} comes first. */
    String after(Link link) {
        String a = link.before(), s = link.after();
        Relation r = link.relation();
        if (r == Relation.EXPLAINS) return verb(a) + " " + em(a) + " first: it explains " + em(s) + ".";
        if (r == Relation.BROADER) return "Learn " + em(a) + " before " + em(s) + ": it is the broader idea.";
        if (r.conceptual()) return "Learn " + em(a) + " first: " + em(s) + " relies on it.";
        return verb(a) + " " + em(a) + " before " + em(s) + ": it " + relationLabel(link) + " it.";
    }

    /** On an introduction: it sits right before what it explains. */
    String introduces(String intro, String explained) {
        return verb(intro) + " this first: it explains " + em(explained) + ".";
    }

    /** On a concept: something later relies on it. */
    String neededBy(String dependant) {
        return "Learn this first: " + em(dependant) + " relies on it.";
    }

    String more(int count) {
        return count == 1 ? "1 more item comes first for it." : count + " more items come first for it.";
    }

    String start(int importance) {
        String tail = importance == 0 ? "nothing else in the plan depends on it."
                : importance == 1 ? "1 item builds on it." : importance + " items build on it.";
        return "Nothing in the plan needs to come before it; " + tail;
    }

    /** On one of the plan's most central items. */
    String central() {
        return "A key reading: one of the most central items of the graph, which much of the list cites, explains, implements or builds on.";
    }

    String optional(String intro, String explained, String covering) {
        String word = switch (items.get(intro).kind()) {
            case VIDEO -> "video";
            case TUTORIAL -> "tutorial";
            default -> "survey";
        };
        return "A second " + word + " on " + em(explained) + "; " + em(covering) + " covers it.";
    }

    String moved(int position) {
        return "You moved it to position " + position + ".";
    }

    /** A prerequisite that now comes after its dependant. */
    String broken(Link link) {
        String a = link.before(), s = link.after();
        Relation r = link.relation();
        String why = r == Relation.EXPLAINS ? "which explains it"
                : r == Relation.BROADER ? "its broader idea"
                : r.conceptual() ? "which it relies on"
                : "which it " + relationLabel(link);
        return em(s) + " now comes before " + em(a) + ", " + why + ".";
    }

    /** Items in a circle, in plan order: "*X* and *Y* cite each other; read *X* first." */
    String cycle(List<String> members, boolean citations) {
        String first = members.get(0);
        String verb = citations ? "cite" : "depend on";
        String names;
        if (members.size() == 2) {
            names = em(members.get(0)) + " and " + em(members.get(1));
        } else {
            List<String> shown = members.subList(0, Math.min(4, members.size()));
            int more = members.size() - shown.size();
            names = String.join(", ", shown.subList(0, shown.size() - (more > 0 ? 0 : 1)).stream().map(this::em).toList())
                    + (more > 0 ? " and " + more + " more" : " and " + em(shown.get(shown.size() - 1)));
        }
        String circle = members.size() > 2 ? " in a circle" : "";
        return names + " " + verb + " each other" + circle + "; " + verb(first).toLowerCase(java.util.Locale.ROOT)
                + " " + em(first) + " first.";
    }
}
