package io.studygraph.study;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * A learner's notes, each a small record in the learner's graph:
 *
 * <pre>{@code
 * <study/me/note/2b1f…> a sg:Note ; sg:learner "me" ; sg:noteOn <id/paper/arxiv-2006.11239> ;
 *     sg:text "Read with [[Improved DDPM]] …" ; sg:noteLinksTo <id/paper/arxiv-2102.09672> ;
 *     dcterms:created "…"^^xsd:dateTime ; dcterms:modified "…"^^xsd:dateTime .
 * }</pre>
 *
 * A note on a relation also has {@code sg:noteRelation} and {@code sg:noteObject}. Saving one
 * removes and adds only that note's triples ({@link Store#update}).
 */
public final class Notes {
    /** The longest note kept: a page of text, not a file. */
    public static final int MAX_CHARS = 20_000;
    private static final Query NOTES = Sparql.parse("""
            SELECT ?n ?on ?text ?rel ?obj ?created ?modified WHERE { GRAPH ?g {
              ?n a sg:Note ; sg:noteOn ?on ; sg:text ?text ; dcterms:created ?created ; dcterms:modified ?modified .
              OPTIONAL { ?n sg:noteRelation ?rel ; sg:noteObject ?obj } } }
            ORDER BY DESC(?modified) ?n""");
    private static final Query BACKLINKS = Sparql.parse("""
            SELECT ?n ?on ?text ?rel ?obj ?created ?modified WHERE { GRAPH ?g {
              ?n a sg:Note ; sg:noteLinksTo ?target ; sg:noteOn ?on ; sg:text ?text ; dcterms:created ?created ; dcterms:modified ?modified .
              OPTIONAL { ?n sg:noteRelation ?rel ; sg:noteObject ?obj } } }
            ORDER BY DESC(?modified) ?n""");
    private static final Query RECORD = Sparql.parse("SELECT ?p ?o WHERE { GRAPH ?g { ?n ?p ?o } }");

    private final Store store;
    private final EntityService entities;
    private final NoteLinks links;

    public Notes(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
        this.links = new NoteLinks(store);
    }

    /** The learner's notes on {@code on} (all of them when empty), newest first. */
    public List<Note> on(Learner learner, Optional<String> on) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        bindings.put("g", learner.graph());
        on.ifPresent(iri -> bindings.put("on", NodeFactory.createURI(iri)));
        return read(NOTES, bindings);
    }

    /** The learner's notes that link to {@code target}: its backlinks. */
    public List<Note> backlinks(Learner learner, String target) {
        return read(BACKLINKS, Map.of("g", learner.graph(), "target", NodeFactory.createURI(target)));
    }

    public Optional<Note> get(Learner learner, String id) {
        return on(learner, Optional.empty()).stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** A new note (on a relation when {@code relation} and {@code object} are given); returns it. */
    public Note create(Learner learner, String on, String relation, String object, String text) {
        requireEntity(on, "on");
        if ((relation == null) != (object == null)) throw StudyException.badInput("A note on a relation needs both 'relation' and 'object'");
        if (object != null) requireEntity(object, "object");
        String id = UUID.randomUUID().toString();
        Node note = noteNode(learner, id);
        String now = Instant.now().toString();
        store.write(() -> {
            store.update(learner.graph().getURI(), List.of(), triples(learner, note, on, relation, object, text, now, now));
            return null;
        });
        return get(learner, id).orElseThrow();
    }

    /** Replaces a note's text; its subject and creation time stay. */
    public Note update(Learner learner, String id, String text) {
        Note old = get(learner, id).orElseThrow(() -> StudyException.notFound("No note " + id + " for " + learner.name()));
        Node note = noteNode(learner, id);
        store.write(() -> {
            store.update(learner.graph().getURI(), current(learner, note),
                    triples(learner, note, old.on(), old.relation(), old.object(), text, old.created(), Instant.now().toString()));
            return null;
        });
        return get(learner, id).orElseThrow();
    }

    public void delete(Learner learner, String id) {
        Node note = noteNode(learner, id);
        store.write(() -> {
            List<Triple> triples = current(learner, note);
            if (triples.isEmpty()) throw StudyException.notFound("No note " + id + " for " + learner.name());
            store.update(learner.graph().getURI(), triples, List.of());
            return null;
        });
    }

    /** The learner's notes as one Markdown document: a heading per noted entity, [[links]] kept. */
    public String markdown(Learner learner) {
        Map<String, List<Note>> byEntity = new LinkedHashMap<>();
        for (Note n : on(learner, Optional.empty())) byEntity.computeIfAbsent(n.on(), k -> new ArrayList<>()).add(n);
        StringBuilder out = new StringBuilder("# Notes\n");
        byEntity.forEach((on, notes) -> {
            out.append("\n## ").append(notes.get(0).onLabel()).append("\n\n<").append(on).append(">\n");
            for (Note n : notes) {
                out.append('\n');
                if (n.relation() != null) out.append("*On ").append(entities.labels().forward(n.relation())).append(" <").append(n.object()).append(">*\n\n");
                out.append(n.text().strip()).append('\n');
            }
        });
        return out.toString();
    }

    private List<Triple> triples(Learner learner, Node note, String on, String relation, String object, String text, String created, String modified) {
        if (text == null || text.isBlank()) throw StudyException.badInput("Field 'text' is empty: write the note, or delete it");
        if (text.length() > MAX_CHARS) throw StudyException.badInput("Field 'text' is " + text.length() + " characters; a note holds at most " + MAX_CHARS);
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(note, Vocab.TYPE, Vocab.NOTE));
        t.add(Triple.create(note, Vocab.LEARNER, NodeFactory.createLiteralString(learner.name())));
        t.add(Triple.create(note, Vocab.NOTE_ON, NodeFactory.createURI(on)));
        if (relation != null) {
            t.add(Triple.create(note, Vocab.NOTE_RELATION, NodeFactory.createURI(relation)));
            t.add(Triple.create(note, Vocab.NOTE_OBJECT, NodeFactory.createURI(object)));
        }
        t.add(Triple.create(note, Vocab.TEXT, NodeFactory.createLiteralString(text)));
        NoteLinks.Resolved resolved = links.resolve(text);
        java.util.Set<String> targets = new java.util.LinkedHashSet<>(resolved.iris());
        resolved.wiki().values().stream().filter(java.util.Objects::nonNull).forEach(targets::add);
        targets.forEach(iri -> t.add(Triple.create(note, Vocab.NOTE_LINKS_TO, NodeFactory.createURI(iri))));
        t.add(Triple.create(note, Vocab.CREATED, NodeFactory.createLiteralDT(created, XSDDatatype.XSDdateTime)));
        t.add(Triple.create(note, Vocab.MODIFIED, NodeFactory.createLiteralDT(modified, XSDDatatype.XSDdateTime)));
        return t;
    }

    private List<Triple> current(Learner learner, Node note) {
        List<Triple> out = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, RECORD, Map.of("g", learner.graph(), "n", note))) {
            out.add(Triple.create(note, row.get("p").asNode(), row.get("o").asNode()));
        }
        return out;
    }

    private List<Note> read(Query query, Map<String, Node> bindings) {
        List<Note> out = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, query, bindings)) {
            String iri = row.getResource("n").getURI();
            String text = row.getLiteral("text").getLexicalForm();
            String on = row.getResource("on").getURI();
            NoteLinks.Resolved resolved = links.resolve(text);
            List<String> targets = new ArrayList<>(resolved.iris());
            List<String> unresolved = new ArrayList<>();
            resolved.wiki().forEach((title, target) -> {
                if (target == null) unresolved.add(title);
                else if (!targets.contains(target)) targets.add(target);
            });
            out.add(new Note(iri.substring(iri.lastIndexOf('/') + 1), on, entities.refs(List.of(on)).get(0).label(),
                    row.contains("rel") ? row.getResource("rel").getURI() : null,
                    row.contains("obj") ? row.getResource("obj").getURI() : null,
                    text, NoteRenderer.render(text, resolved.wiki()), targets, unresolved,
                    row.getLiteral("created").getLexicalForm(), row.getLiteral("modified").getLexicalForm()));
        }
        return out;
    }

    private void requireEntity(String iri, String field) {
        if (iri == null || iri.isBlank()) throw StudyException.badInput("Field '" + field + "' is required: the IRI of the entity the note is on");
        if (!links.exists(iri)) throw StudyException.notFound("Field '" + field + "': nothing in the graph is called " + iri);
    }

    /** The IRI of the learner's note {@code id}: what the search index keys the note by. */
    public static String iri(Learner learner, String id) {
        if (!id.matches("[0-9a-f-]{36}")) throw StudyException.notFound("No note " + (id.length() > 40 ? id.substring(0, 40) + "…" : id));
        return learner.recordPrefix() + "note/" + id;
    }

    private static Node noteNode(Learner learner, String id) {
        return NodeFactory.createURI(iri(learner, id));
    }
}
