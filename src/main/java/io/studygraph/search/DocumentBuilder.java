package io.studygraph.search;

import io.studygraph.graph.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Collects one entity's values, from the store's queries ({@link DocumentSource}) or from graphs
 * in memory ({@link GraphDocuments}); the label follows the display rule name > prefLabel > rdfs:label.
 */
final class DocumentBuilder {
    final String iri;
    final List<Node> types = new ArrayList<>();
    String name, pref, date;
    double importance;
    final Set<String> rdfsLabels = new LinkedHashSet<>(), alts = new LinkedHashSet<>(), texts = new LinkedHashSet<>(),
            ids = new LinkedHashSet<>(), concepts = new LinkedHashSet<>(), related = new LinkedHashSet<>(),
            sources = new LinkedHashSet<>();
    final Credits credits = new Credits();
    NoteFacts note;

    DocumentBuilder(String iri) {
        this.iri = iri;
    }

    void literal(String p, String v) {
        switch (localName(p)) {
            case "name" -> name = name == null ? v : name;
            case "prefLabel" -> pref = pref == null ? v : pref;
            case "label" -> rdfsLabels.add(v);
            case "altLabel", "variantName" -> alts.add(v);
            case "description", "abstract", "summary", "definition" -> texts.add(v);
            case "datePublished" -> date = date == null || v.compareTo(date) < 0 ? v : date;
            case "importance" -> importance = parseScore(v);
            default -> ids.add(v);
        }
    }

    java.util.Optional<EntityDocument> build() {
        if (note != null) {
            return java.util.Optional.of(EntityDocument.note(iri, note.learner, note.on, note.onLabel, note.text, List.copyOf(sources)));
        }
        return Kind.of(iri, types).filter(k -> k != Kind.LIST && k != Kind.SECTION).map(kind -> {
            String label = name != null ? name : pref != null ? pref : rdfsLabels.stream().findFirst().orElse(iri);
            Set<String> other = new LinkedHashSet<>(alts);
            rdfsLabels.stream().filter(l -> !l.equalsIgnoreCase(label)).forEach(other::add);
            String year = date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
            return new EntityDocument(iri, kind.slug(), label, List.copyOf(other), credits.shown(), credits.otherNames(),
                    List.copyOf(texts), List.copyOf(concepts), List.copyOf(related), List.copyOf(ids), year, importance, List.copyOf(sources), null, null);
        });
    }

    /** What a note says and about what; a note is a study record, so it has no graph {@link Kind}. */
    record NoteFacts(String learner, String on, String onLabel, String text) {}

    private static double parseScore(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0; // not a score: ranked as if unlinked
        }
    }

    static String localName(String iri) {
        return iri.substring(iri.lastIndexOf(iri.contains("#") ? '#' : '/') + 1);
    }
}
