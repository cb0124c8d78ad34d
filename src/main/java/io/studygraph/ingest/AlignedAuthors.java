package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Slugs;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The authors the alignment finds for each work, put in order and written the way StudyGraph
 * reads them: {@code schema:author} for each, and one {@code bibo:authorList}. Order comes from an
 * rdf:List or rdf:Seq the file gives, else from the declared {@code al:orderBy} property (SciGraph's
 * contribution order), else from where the file first mentions each author.
 */
final class AlignedAuthors {
    private record Candidate(Node person, long position, long written) {}

    private static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::position)
            .thenComparingLong(Candidate::written).thenComparing(c -> c.person().toString());

    private final Alignment alignment;
    private final Alignment.Derivation d;
    private final ToLongFunction<Node> writtenAt;
    private final Map<Node, List<Candidate>> byWork = new LinkedHashMap<>();

    AlignedAuthors(Alignment alignment, Alignment.Derivation d, ToLongFunction<Node> writtenAt) {
        this.alignment = alignment;
        this.d = d;
        this.writtenAt = writtenAt;
    }

    /** The value of a property aligned with schema:author, reached through {@code via}. */
    void offer(Node work, Node via, Node value) {
        List<Node> members = RdfLists.isList(d.source, value) ? RdfLists.members(d.source, value)
                : RdfLists.isSeq(d.source, value) ? RdfLists.seqMembers(d.source, value) : null;
        if (members != null) {
            for (int i = 0; i < members.size(); i++) add(work, members.get(i), i);
            return;
        }
        Node order = alignment.orderBy.get(via);
        add(work, value, order == null ? Long.MAX_VALUE : d.valueOf(value, order).map(AlignedAuthors::number).orElse(Long.MAX_VALUE));
    }

    /** Writes the named authors of each work; an author without any name cannot be shown and is left out. */
    void write() {
        d.source.find(Node.ANY, Vocab.AUTHOR_LIST, Node.ANY).forEach(t -> {
            List<Node> members = RdfLists.members(d.source, t.getObject());
            for (int i = 0; i < members.size(); i++) add(t.getSubject(), members.get(i), i);
        });
        byWork.forEach((work, candidates) -> {
            Set<Node> persons = new LinkedHashSet<>();
            // Names are derived by now (a JSON-LD file's http://schema.org/name is schema:name only once derived).
            candidates.stream().sorted(ORDER).map(Candidate::person).map(p -> p.isBlank() ? namedBlank(p) : p)
                    .filter(this::named).forEach(persons::add);
            for (Node person : persons) {
                d.add(work, Vocab.AUTHOR, person);
                if (!d.isA(person, Vocab.PERSON)) d.add(person, RDF.Nodes.type, Vocab.PERSON);
            }
            if (!persons.isEmpty() && !d.has(work, Vocab.AUTHOR_LIST)) {
                d.derived.add(Triple.create(work, Vocab.AUTHOR_LIST, RdfLists.write(d.derived, new ArrayList<>(persons))));
            }
        });
    }

    private void add(Node work, Node value, long position) {
        Node person = value.isLiteral() ? personNamed(value.getLiteralLexicalForm()) : value;
        if (person == null) return;
        long written = value.isLiteral() ? Long.MAX_VALUE : writtenAt.applyAsLong(value);
        byWork.computeIfAbsent(work, k -> new ArrayList<>()).add(new Candidate(person, position, written));
    }

    private boolean named(Node person) {
        return d.has(person, Vocab.NAME) || d.has(person, Vocab.RDFS_LABEL) || alignment.joinName(d, person);
    }

    /**
     * An author given only as text ("Smith, John") becomes StudyGraph's person of that name, the
     * IRI every other source uses for them, so the two meet.
     */
    private Node personNamed(String text) {
        String name = text.trim().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0 && name.indexOf(',', comma + 1) < 0) name = name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim();
        String key = Slugs.of(name);
        if (key.isEmpty()) return null;
        Node person = Vocab.entity(Kind.PERSON, key);
        d.add(person, RDF.Nodes.type, Vocab.PERSON);
        if (!d.has(person, Vocab.NAME)) d.add(person, Vocab.NAME, NodeFactory.createLiteralString(name));
        return person;
    }

    /**
     * An author without an IRI of its own but with a name (JSON-LD's {@code "author": {"@type":
     * "Person", "name": "Jonathan Ho"}}, the way schema.org is most often written) is the person of
     * that name too; without one, the blank node stays as written.
     */
    private Node namedBlank(Node author) {
        return d.valueOf(author, Vocab.NAME).filter(Node::isLiteral).map(n -> personNamed(n.getLiteralLexicalForm())).orElse(author);
    }

    private static long number(Node value) {
        try {
            return value.isLiteral() ? Long.parseLong(value.getLiteralLexicalForm().trim()) : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
