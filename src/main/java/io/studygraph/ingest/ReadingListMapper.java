package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Slugs;
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
 * Gives a parsed reading list its meaning: each entry becomes an entity of the kind its links say
 * (its section heading decides only where the links do not), with its authors, dates, venue,
 * identifiers and relations to what it links. Lines that only label or navigate (a table of
 * contents, "Methods:" above a nested list) are not entries.
 */
final class ReadingListMapper {
    private final String sourceName;
    private final Entities entities;
    private final GraphWriter out;
    private final LinkRelations relations;
    private final ImportReport report;
    private final ImportProgress progress;

    ReadingListMapper(String sourceName, Resolver resolver, GraphWriter out, ImportReport report, ImportProgress progress) {
        this.sourceName = sourceName;
        this.progress = progress;
        this.out = out;
        this.report = report;
        this.entities = new Entities(resolver, out, report);
        this.relations = new LinkRelations(entities, out, report);
    }

    void map(ListDocument doc) {
        String base = sourceName.replaceFirst("\\.[^.]+$", "");
        Node list = Vocab.entity(Kind.LIST, Slugs.of(base));
        out.add(list, Vocab.TYPE, Vocab.READING_LIST);
        out.text(list, Vocab.NAME, doc.title() != null ? doc.title() : base);
        out.provenance(list, 1);
        doc.cuts().forEach(cut -> report.warn(cut.line(), cut.warning()));
        long total = doc.sections().stream().mapToLong(s -> s.entries().size()).sum();
        long done = 0;
        String stage = "reading " + sourceName;
        for (Section section : doc.sections()) {
            String heading = section.heading() != null ? section.heading() : "Items";
            Kind hint = SectionKinds.hint(heading).orElse(null);
            List<Node> items = new ArrayList<>();
            for (Entry entry : section.entries()) {
                mapTop(entry, hint, items);
                progress.at(stage, ++done, "entries", (double) done / total);
            }
            // A heading whose lines are all labels or contents links ("Contents") is not a section of works.
            if (items.isEmpty()) continue;
            Node s = Vocab.entity(Kind.SECTION, Slugs.of(base) + "-" + Slugs.of(heading));
            out.add(s, Vocab.TYPE, Vocab.READING_LIST_SECTION);
            out.text(s, Vocab.NAME, heading);
            out.provenance(s, section.line());
            out.add(list, Vocab.HAS_PART, s);
            items.forEach(item -> out.add(s, Vocab.HAS_PART, item));
        }
    }

    /** An entry of a section, or a label whose nested entries are the section's entries. */
    private void mapTop(Entry entry, Kind hint, List<Node> items) {
        if (isContents(entry)) {
            report.skip(entry.line, "a table of contents: its links lead within the page, not to works");
            return;
        }
        EntryText text = EntryReader.read(entry);
        // Links on nested lines that are only a link ("* https://arxiv.org/abs/...") are the entry's own.
        boolean ownLinks = !EntryLinks.of(entry).own.isEmpty() || entry.lines.stream().anyMatch(l -> l.contains("://"));
        if (!ownLinks && !entry.children.isEmpty() && text.people().isEmpty() && entry.quotes.isEmpty()) {
            // "Dynamic Programming (DP):", "- [Resources](#resources)" with sub-items: a label, not a work.
            Kind childHint = text.title() == null ? hint : SectionKinds.hint(text.title()).orElse(hint);
            for (Entry child : entry.children) mapTop(child, childHint, items);
            return;
        }
        if (!ownLinks && entry.quotes.isEmpty() && hint != Kind.CONCEPT && text.people().isEmpty() && text.venue() == null) {
            report.skip(entry.line, "no link and no citation: " + (text.title() == null ? "an empty line" : "\"" + text.title() + "\"")
                    + " is read as a label, not a work");
            return;
        }
        report.entry();
        mapEntry(entry, text, hint).ifPresent(items::add);
    }

    /** "- [Resources](#resources)" and the entries nested under it: links within the page only. */
    private static boolean isContents(Entry entry) {
        return entry.inPage && entry.lines.stream().noneMatch(l -> l.contains("://"))
                && entry.children.stream().allMatch(ReadingListMapper::isContents);
    }

    /** Maps one entry and its nested entries; empty when it holds nothing to name. */
    private Optional<Node> mapEntry(Entry entry, EntryText text, Kind hint) {
        EntryLinks links = EntryLinks.of(entry);
        Optional<Citation> citation = entry.quotes.stream().map(Citation::parse).flatMap(Optional::stream).findFirst();
        String title = text.title() != null ? text.title() : citation.map(Citation::title).orElse(null);
        if (title == null || LinkLabels.isGeneric(title) && !links.own.isEmpty()) {
            // A bare link still names something: the thing it points to.
            links.own.forEach(relations::linked);
            if (links.own.stream().allMatch(l -> LinkRelations.kindOf(l.link().type()) == null)) {
                report.skip(entry.line, "only links to pages that name no work");
            }
            return Optional.empty();
        }
        Optional<LocatedLink> primary = links.primary(entry.titleUrl);
        Kind kind = kindOf(hint, primary, text);
        Optional<LocatedLink> repo = kind == Kind.REPO ? links.first(Type.GITHUB_REPO, Type.GITHUB_FILE) : Optional.empty();
        // A GitHub repository is named "owner/name"; the entry's own words for it are another name.
        String name = repo.map(l -> l.link().id()).orElse(title);
        Node item = entities.work(kind, name, links, citation, entry.line);
        if (!name.equals(title)) out.text(item, Vocab.ALT_LABEL, title);
        if (kind == Kind.PAPER && links.first(Type.DOI).map(l -> l.link().isChapter()).orElse(false)) {
            out.add(item, Vocab.TYPE, Vocab.CHAPTER);
        }
        citation.filter(c -> !c.title().equalsIgnoreCase(title)).ifPresent(c -> out.text(item, Vocab.ALT_LABEL, c.title()));
        List<Node> persons = people(item, kind, text, citation, entry.line);
        if (text.channel() != null) out.add(item, Vocab.CHANNEL, entities.org(text.channel(), entry.line));
        if (text.recommendedBy() != null) out.add(item, Vocab.RECOMMENDED_BY, entities.person(text.recommendedBy(), entry.line));
        // A venue named in a tool's or a talk's description ("code for the (IROS 2017 paper)") is the
        // paper's, not theirs: only papers and books appear at venues.
        boolean published = kind == Kind.PAPER || kind == Kind.BOOK;
        Dates.PartialDate date = published || text.venue() == null ? text.date() : null;
        if (date == null && citation.map(Citation::year).isPresent()) {
            date = new Dates.PartialDate(citation.get().year(), Dates.PartialDate.Precision.YEAR);
        }
        if (date != null && !out.has(item, Vocab.DATE_PUBLISHED)) entities.date(item, date);
        if (published && text.venue() != null && citation.map(Citation::venue).isEmpty() && !out.has(item, Vocab.VENUE)) {
            out.add(item, Vocab.VENUE, entities.venue(text.venue(), entry.line));
        }
        citation.ifPresent(c -> entities.citationFacts(item, c, entry.line));
        if (kind == Kind.CONCEPT) out.text(item, Vocab.DEFINITION, text.rest());
        else if (!text.rest().isBlank() && kind != Kind.PAPER) out.text(item, Vocab.DESCRIPTION, text.rest());

        Node owner = persons.size() == 1 ? persons.get(0) : null;
        for (LocatedLink l : links.own) relations.apply(item, kind, l, owner);
        // The link a title is written as is the work's address, even where its shape names a person's page.
        primary.filter(l -> !out.has(item, Vocab.URL) && LinkRelations.kindOf(l.link().type()) == null)
                .ifPresent(l -> out.iri(item, Vocab.URL, l.link().url()));
        for (EntryLinks.Profile p : links.profiles) relations.profile(entities.person(p.person(), p.link().line()), p.link().link());
        mapChildren(item, kind, links);
        return Optional.of(item);
    }

    private List<Node> people(Node item, Kind kind, EntryText text, Optional<Citation> citation, int line) {
        List<String> names = !text.people().isEmpty() ? text.people() : citation.map(Citation::authors).orElse(List.of());
        List<Node> persons = new ArrayList<>();
        if (kind == Kind.REPO || kind == Kind.CONCEPT || kind == Kind.QUESTION) return persons;
        for (String name : names) persons.add(entities.person(name, line));
        if (persons.isEmpty()) return persons;
        Node role = kind == Kind.VIDEO ? Vocab.PRESENTER : Vocab.AUTHOR;
        List<Node> before = out.listOf(item, Vocab.AUTHOR_LIST);
        if (role == Vocab.AUTHOR && !before.isEmpty()) {
            // The same work written twice in one list has one author list: the fuller one
            // ("Volodymyr Mnih, Koray Kavukcuoglu, David Silver et al." over "V. Mnih, et. al.").
            if (persons.size() <= before.size()) return before;
            out.removeAll(item, Vocab.AUTHOR);
            out.removeAll(item, Vocab.AUTHOR_LIST);
        }
        persons.forEach(p -> out.add(item, role, p));
        if (role == Vocab.AUTHOR) out.add(item, Vocab.AUTHOR_LIST, out.list(persons));
        return persons;
    }

    private void mapChildren(Node parent, Kind parentKind, EntryLinks links) {
        Map<String, Node> byMarker = new HashMap<>();
        Map<Node, Kind> kinds = new HashMap<>();
        for (EntryLinks.Child child : links.children) {
            Kind hint = parentKind == Kind.PAPER ? Kind.PAPER : null;
            EntryText text = EntryReader.read(child.entry());
            report.entry();
            mapEntry(child.entry(), text, EntryLinks.of(child.entry()).own.isEmpty() ? hint : null).ifPresent(node -> {
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

    /**
     * Link evidence first: what the title's link (or the link labelled a paper, or the first link)
     * points to; then what its label says ("[Book]"); the section heading only where links do not
     * decide. A glossary keeps its concepts whatever they link to.
     */
    private static Kind kindOf(Kind hint, Optional<LocatedLink> primary, EntryText text) {
        Kind fromLink = primary.map(l -> LinkRelations.kindOf(l.link().type())).orElse(null);
        Kind fromLabel = primary.flatMap(l -> LinkLabels.kind(l.label())).orElse(null);
        if (hint == Kind.CONCEPT) return fromLink == Kind.QUESTION ? Kind.QUESTION : Kind.CONCEPT;
        if (fromLabel == Kind.BOOK || hint == Kind.BOOK && fromLink == Kind.PAPER && primary.get().link().type() == Type.PAPER_PAGE) {
            return Kind.BOOK;
        }
        if (fromLink != null) return fromLink;
        if (fromLabel != null && fromLabel != Kind.REPO) return fromLabel;
        Optional<Kind> fromTitle = SectionKinds.ofTitle(text.title());
        if (fromTitle.isPresent()) return fromTitle.get();
        if (hint != null) return hint;
        // A page with a venue is a paper's page ("Fair Learning. *Lemley, Casey*. Texas Law Review 2021").
        if (text.venue() != null || primary.isEmpty() && !text.people().isEmpty()) return Kind.PAPER;
        return Kind.TUTORIAL;
    }

    /** The kind a section heading suggests for its entries, used only where their links do not say. */
    static final class SectionKinds {
        private SectionKinds() {}

        static Optional<Kind> hint(String heading) {
            String h = heading.toLowerCase(Locale.ROOT);
            if (h.matches(".*(glossary|concept|term|definition|vocabulary|keyword).*")) return Optional.of(Kind.CONCEPT);
            if (h.matches(".*(video|talk|youtube|podcast|webinar).*")) return Optional.of(Kind.VIDEO);
            if (h.matches(".*(tutorial|blog|article|guide|course|post|lecture|website|demo|thought).*")) return Optional.of(Kind.TUTORIAL);
            if (h.matches(".*(code|repo|implementation|software|librar|tool|framework|platform|project|environment).*")) return Optional.of(Kind.REPO);
            if (h.matches(".*(book).*")) return Optional.of(Kind.BOOK);
            // "Further reading", "References" say nothing of kind: a reading list holds every kind.
            if (h.matches(".*(paper|publication|preprint|survey|literature|thesis).*")) return Optional.of(Kind.PAPER);
            if (h.matches(".*(q&a|question|faq).*")) return Optional.of(Kind.QUESTION);
            return Optional.empty();
        }

        /** What a work's own title says it is: "Blog post explaining perplexity", "The Illustrated Transformer". */
        static Optional<Kind> ofTitle(String title) {
            if (title == null) return Optional.empty();
            String t = title.toLowerCase(Locale.ROOT);
            if (t.matches(".*\\b(blog|blog post|tutorial|illustrated|explained|guide to|lecture notes|slides|course|cheat ?sheet)\\b.*")) {
                return Optional.of(Kind.TUTORIAL);
            }
            return Optional.empty();
        }
    }
}
