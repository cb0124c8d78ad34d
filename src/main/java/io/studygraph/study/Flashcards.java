package io.studygraph.study;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * Flashcards for the concepts a reading plan needs, in plan order: the concept's label on the
 * front, its definition and what explains it on the back. Exported for Anki as a tab-separated
 * file with Anki's header lines, so a second export updates the same notes instead of adding
 * copies (each card's GUID comes from its concept's IRI).
 */
public final class Flashcards {
    /** Items named on a card's back as what explains the concept. */
    static final int EXPLAINERS_SHOWN = 4;
    private static final Query DETAILS = Sparql.parse("""
            SELECT ?c ?p ?v WHERE { VALUES ?p { skos:definition schema:description skos:altLabel } ?c ?p ?v FILTER isLiteral(?v) }""");
    private static final Query EXPLAINERS = Sparql.parse("""
            SELECT DISTINCT ?c ?x WHERE { VALUES ?p { sg:explains schema:about } ?x ?p ?c FILTER isIRI(?x) } ORDER BY ?c ?x""");
    private static final Query MENTIONERS = Sparql.parse("""
            SELECT DISTINCT ?c ?x WHERE { VALUES ?p { schema:mentions sg:mentionsConcept } ?x ?p ?c FILTER isIRI(?x) } ORDER BY ?c ?x""");

    private final Store store;
    private final EntityService entities;

    public Flashcards(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
    }

    /**
     * A card; {@code definition} is null when the graph has none, which the card says.
     * {@code mentionedIn}: where the concept is used, for a concept nothing explains.
     */
    public record Card(int position, String iri, String label, String definition, List<String> otherNames,
                       List<Ref> explainedBy, List<Ref> mentionedIn, Status status) {}

    /** The cards of a plan; {@code known}: how many the learner already knows. */
    public record Deck(String target, int total, int known, List<Card> cards) {}

    /** The deck for the concept steps of {@code plan}, in its order. */
    public Deck deck(ReadingPlan plan) {
        List<PlanStep> concepts = plan.steps().stream().filter(s -> Kind.CONCEPT.slug().equals(s.kind())).toList();
        if (concepts.isEmpty()) return new Deck(plan.target(), 0, 0, List.of());
        List<Node> nodes = concepts.stream().map(s -> NodeFactory.createURI(s.iri())).toList();
        Map<String, String> definitions = new HashMap<>(), descriptions = new HashMap<>();
        Map<String, Set<String>> alts = new HashMap<>();
        Map<String, List<String>> explainers = new LinkedHashMap<>(), mentioners = new LinkedHashMap<>();
        store.read(() -> {
            for (QuerySolution row : Sparql.select(store, Sparql.restrict(DETAILS, "c", nodes), Map.of())) {
                String c = row.getResource("c").getURI(), v = row.getLiteral("v").getLexicalForm().strip();
                switch (row.getResource("p").getLocalName()) {
                    case "definition" -> definitions.merge(c, v, Flashcards::shorter);
                    case "description" -> descriptions.merge(c, v, Flashcards::shorter);
                    default -> alts.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(v);
                }
            }
            collect(Sparql.restrict(EXPLAINERS, "c", nodes), explainers);
            collect(Sparql.restrict(MENTIONERS, "c", nodes), mentioners);
            return null;
        });
        Set<String> wanted = new LinkedHashSet<>();
        explainers.values().forEach(wanted::addAll);
        mentioners.values().forEach(xs -> wanted.addAll(xs.subList(0, Math.min(xs.size(), 3 * EXPLAINERS_SHOWN))));
        Map<String, Ref> refs = new HashMap<>();
        entities.refs(wanted).forEach(r -> refs.put(r.iri(), r));
        List<Card> cards = new ArrayList<>();
        int known = 0;
        for (PlanStep s : concepts) {
            // What explains a concept is a work, a video or a tutorial; a broader concept "about" it is not.
            List<Ref> by = works(explainers.get(s.iri()), refs);
            List<Ref> in = by.isEmpty() ? works(mentioners.get(s.iri()), refs) : List.of();
            String definition = definitions.getOrDefault(s.iri(), descriptions.get(s.iri()));
            List<String> other = alts.getOrDefault(s.iri(), Set.of()).stream().filter(a -> !a.equalsIgnoreCase(s.label())).toList();
            cards.add(new Card(cards.size() + 1, s.iri(), s.label(), definition, other, by, in, s.status()));
            if (s.status() == Status.KNOWN) known++;
        }
        return new Deck(plan.target(), cards.size(), known, cards);
    }

    private void collect(Query q, Map<String, List<String>> into) {
        for (QuerySolution row : Sparql.select(store, q, Map.of())) {
            into.computeIfAbsent(row.getResource("c").getURI(), k -> new ArrayList<>()).add(row.getResource("x").getURI());
        }
    }

    /** The first few of {@code iris} that are works, videos or tutorials: a broader concept "about" it is not one. */
    private static List<Ref> works(List<String> iris, Map<String, Ref> refs) {
        if (iris == null) return List.of();
        return iris.stream().map(refs::get).filter(r -> r != null && !Kind.CONCEPT.slug().equals(r.kind())
                && !Kind.LIST.slug().equals(r.kind()) && !Kind.SECTION.slug().equals(r.kind())).limit(EXPLAINERS_SHOWN).toList();
    }

    /** Two sources each define a concept: the shorter fits a card, and the same one wins every time. */
    private static String shorter(String a, String b) {
        return a.length() != b.length() ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }

    /**
     * The deck as a file Anki imports (File › Import): tab-separated, with header lines naming the
     * separator, that fields hold HTML, the note type, the deck, and the GUID and tags columns.
     */
    public static String anki(Deck deck, String deckName) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#notetype:Basic\n#deck:").append(field(deckName).replaceAll("\\R", " "))
                .append("\n#guid column:1\n#tags column:4\n");
        for (Card c : deck.cards()) {
            StringBuilder back = new StringBuilder(c.definition() == null ? "<i>No definition on the graph yet.</i>" : html(c.definition()));
            if (!c.otherNames().isEmpty()) back.append("<br><br>Also called: ").append(html(String.join(", ", c.otherNames())));
            links(back, "Explained by: ", c.explainedBy());
            links(back, "Used in: ", c.mentionedIn());
            out.append(guid(c.iri())).append('\t').append(html(c.label())).append('\t').append(back).append('\t')
                    .append("studygraph ").append(c.status().word()).append('\n');
        }
        return out.toString();
    }

    private static void links(StringBuilder back, String lead, List<Ref> refs) {
        if (refs.isEmpty()) return;
        back.append("<br><br>").append(lead);
        for (int i = 0; i < refs.size(); i++) {
            if (i > 0) back.append(", ");
            back.append("<a href=\"").append(html(refs.get(i).iri())).append("\">").append(html(refs.get(i).label())).append("</a>");
        }
    }

    /** A stable Anki GUID: the same concept is the same note in every export. */
    static String guid(String iri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return "sg-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Text for an HTML field: escaped, with no tab or line break to split the row. */
    static String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return field(escaped).replaceAll("\\R", "<br>");
    }

    /** A header value or field: tabs become spaces; a field never starts a line with '#', which Anki reads as a header. */
    private static String field(String text) {
        String flat = text.replace('\t', ' ');
        return flat.startsWith("#") ? "&#35;" + flat.substring(1) : flat;
    }
}
