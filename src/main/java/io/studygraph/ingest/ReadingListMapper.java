package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.Link.Type;
import io.studygraph.ingest.ListDocument.Entry;
import io.studygraph.ingest.ListDocument.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Gives a parsed reading list its meaning: each entry becomes an entity of the kind its section
 * or its links suggest, with its authors, dates, identifiers and relations to what it links.
 */
final class ReadingListMapper {
    private final String sourceName;
    private final Entities entities;
    private final GraphWriter out;
    private final LinkRelations relations;

    ReadingListMapper(String sourceName, Resolver resolver, GraphWriter out, ImportReport report) {
        this.sourceName = sourceName;
        this.out = out;
        this.entities = new Entities(resolver, out, report);
        this.relations = new LinkRelations(entities, out, report);
    }

    void map(ListDocument doc) {
        String base = sourceName.replaceFirst("\\.[^.]+$", "");
        Node list = Vocab.entity(Kind.LIST, Slugs.of(base));
        out.add(list, Vocab.TYPE, Vocab.READING_LIST);
        out.text(list, Vocab.NAME, doc.title() != null ? doc.title() : base);
        out.provenance(list, 1);
        for (Section section : doc.sections()) {
            String heading = section.heading() != null ? section.heading() : "Items";
            Node s = Vocab.entity(Kind.SECTION, Slugs.of(base) + "-" + Slugs.of(heading));
            out.add(s, Vocab.TYPE, Vocab.READING_LIST_SECTION);
            out.text(s, Vocab.NAME, heading);
            out.provenance(s, section.line());
            out.add(list, Vocab.HAS_PART, s);
            Optional<Kind> hint = SectionKinds.hint(heading);
            for (Entry entry : section.entries()) {
                EntryText text = EntryText.read(entry.head(), entry.markedTitle);
                mapEntry(entry, text, hint.orElse(null)).ifPresent(item -> out.add(s, Vocab.HAS_PART, item));
            }
        }
    }

    /** Maps one entry and its nested entries; empty when it holds nothing to name. */
    private Optional<Node> mapEntry(Entry entry, EntryText text, Kind hint) {
        EntryLinks links = EntryLinks.of(entry);
        Optional<Citation> citation = entry.quotes.stream().map(Citation::parse).flatMap(Optional::stream).findFirst();
        String title = text.title() != null ? text.title() : citation.map(Citation::title).orElse(null);
        if (title == null) {
            // A bare link at the top of a list still names something: the thing it points to.
            links.own.forEach(l -> relations.linked(l));
            return Optional.empty();
        }
        Kind kind = kindOf(hint, links);
        Node item = entities.work(kind, title, links, citation, entry.line);
        if (kind == Kind.PAPER && links.first(Type.DOI).map(l -> l.link().isChapter()).orElse(false)) {
            out.add(item, Vocab.TYPE, Vocab.CHAPTER);
        }
        citation.filter(c -> !c.title().equalsIgnoreCase(title)).ifPresent(c -> out.text(item, Vocab.ALT_LABEL, c.title()));

        List<String> people = !text.people().isEmpty() ? text.people() : citation.map(Citation::authors).orElse(List.of());
        List<Node> persons = new ArrayList<>();
        for (String name : people) persons.add(entities.person(name, entry.line));
        if (!persons.isEmpty()) {
            Node role = kind == Kind.VIDEO ? Vocab.PRESENTER : Vocab.AUTHOR;
            persons.forEach(p -> out.add(item, role, p));
            if (role == Vocab.AUTHOR && persons.size() > 0) out.add(item, Vocab.AUTHOR_LIST, out.list(persons));
        }
        if (text.channel() != null) out.add(item, Vocab.CHANNEL, entities.org(text.channel(), entry.line));
        if (text.recommendedBy() != null) out.add(item, Vocab.RECOMMENDED_BY, entities.person(text.recommendedBy(), entry.line));
        Dates.PartialDate date = text.date();
        if (date == null && citation.map(Citation::year).isPresent()) {
            date = new Dates.PartialDate(citation.get().year(), Dates.PartialDate.Precision.YEAR);
        }
        if (date != null) entities.date(item, date);
        citation.ifPresent(c -> entities.citationFacts(item, c, entry.line));
        if (kind == Kind.CONCEPT) out.text(item, Vocab.DEFINITION, text.rest());
        else if (!text.rest().isBlank() && kind != Kind.PAPER) out.text(item, Vocab.DESCRIPTION, text.rest());

        Node owner = persons.size() == 1 ? persons.get(0) : null;
        for (LocatedLink l : links.own) relations.apply(item, kind, l, owner);
        for (EntryLinks.Profile p : links.profiles) relations.profile(entities.person(p.person(), p.link().line()), p.link().link());
        mapChildren(item, kind, links);
        return Optional.of(item);
    }

    private void mapChildren(Node parent, Kind parentKind, EntryLinks links) {
        Map<String, Node> byMarker = new HashMap<>();
        Map<Node, Kind> kinds = new HashMap<>();
        for (EntryLinks.Child child : links.children) {
            Kind hint = parentKind == Kind.PAPER ? Kind.PAPER : null;
            mapEntry(child.entry(), child.text(), EntryLinks.of(child.entry()).own.isEmpty() ? hint : null).ifPresent(node -> {
                Kind kind = Kind.of(node.getURI(), List.of()).orElse(Kind.PAPER);
                kinds.put(node, kind);
                out.add(parent, relations.childRelation(parentKind, kind), node);
                if (child.text().marker() != null) byMarker.put(child.text().marker(), node);
            });
        }
        for (Map.Entry<String, LocatedLink> m : links.marked) {
            Node target = byMarker.getOrDefault(m.getKey(), parent);
            relations.apply(target, kinds.getOrDefault(target, parentKind), m.getValue(), null);
        }
    }

    private static Kind kindOf(Kind hint, EntryLinks links) {
        Optional<LocatedLink> first = links.own.stream().findFirst();
        Kind fromLink = first.map(l -> LinkRelations.kindOf(l.link().type())).orElse(null);
        if (hint == Kind.CONCEPT && fromLink == Kind.QUESTION) return Kind.QUESTION;
        if (hint != null) return hint;
        return fromLink != null ? fromLink : Kind.TUTORIAL;
    }

    /** The kind a section heading suggests for its entries. */
    static final class SectionKinds {
        private SectionKinds() {}

        static Optional<Kind> hint(String heading) {
            String h = heading.toLowerCase(Locale.ROOT);
            if (h.matches(".*(video|talk|lecture|youtube|podcast|webinar).*")) return Optional.of(Kind.VIDEO);
            if (h.matches(".*(tutorial|blog|article|guide|course|post).*")) return Optional.of(Kind.TUTORIAL);
            if (h.matches(".*(glossary|concept|term|definition|vocabulary|keyword).*")) return Optional.of(Kind.CONCEPT);
            if (h.matches(".*(code|repo|implementation|software|librar|tool).*")) return Optional.of(Kind.REPO);
            if (h.matches(".*(book).*")) return Optional.of(Kind.BOOK);
            if (h.matches(".*(paper|publication|preprint|survey|literature|reading|reference|stud).*")) return Optional.of(Kind.PAPER);
            if (h.matches(".*(q&a|question|faq).*")) return Optional.of(Kind.QUESTION);
            return Optional.empty();
        }
    }
}
