package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A BibTeX file ({@link BibtexEntries}): each work becomes a paper, chapter or book (or the
 * repository or post its only link names) with its ordered authors, date, venue and identifiers,
 * keyed and reconciled like a reading-list item. A work entered twice (same arXiv id, DOI, or
 * title and year) is one node that keeps both lines and the fuller author list.
 */
final class BibtexSource {
    private static final Set<String> BOOK_TYPES = Set.of("book", "proceedings");

    private BibtexSource() {}

    static Graph read(String name, String text, Resolver resolver, ImportReport report, ImportProgress progress) {
        List<BibtexEntry> entries = BibtexEntries.read(name, text, report);
        GraphWriter out = new GraphWriter(name);
        Entities entities = new Entities(resolver, out, report);
        List<List<BibtexEntry>> works = sameWorks(entries, report);
        for (int i = 0; i < works.size(); i++) {
            map(works.get(i), entities, out, report);
            progress.at("reading " + name, i + 1, "works", (i + 1.0) / works.size());
        }
        return out.model().getGraph();
    }

    /** The entries grouped by the work they describe, in file order; entries without a title are skipped. */
    private static List<List<BibtexEntry>> sameWorks(List<BibtexEntry> entries, ImportReport report) {
        Map<String, List<BibtexEntry>> byIdentity = new HashMap<>();
        List<List<BibtexEntry>> works = new ArrayList<>();
        for (BibtexEntry e : entries) {
            report.entry();
            if (e.text("title").isEmpty()) {
                report.skip(e.line(), "entry " + e.key() + " has no title");
                continue;
            }
            List<String> identities = identities(e);
            List<BibtexEntry> work = identities.stream().map(byIdentity::get).filter(w -> w != null)
                    .filter(w -> compatible(w.get(0), e)).findFirst().orElse(null);
            if (work == null) {
                work = new ArrayList<>();
                works.add(work);
            } else {
                BibtexEntry first = work.get(0);
                report.warn(e.line(), "entry " + e.key() + " is the work of entry " + first.key() + " (line " + first.line() + "): merged into one");
            }
            work.add(e);
            for (String identity : identities) byIdentity.putIfAbsent(identity, work);
        }
        return works;
    }

    private static List<String> identities(BibtexEntry e) {
        List<String> ids = new ArrayList<>();
        e.arxivId().ifPresent(id -> ids.add("arxiv " + id.toLowerCase(Locale.ROOT)));
        e.doi().ifPresent(doi -> ids.add("doi " + doi.toLowerCase(Locale.ROOT)));
        e.titleKey().ifPresent(t -> ids.add("title " + BOOK_TYPES.contains(e.type()) + " " + t));
        return ids;
    }

    /** Two entries that share a title are still two works if their identifiers or years differ. */
    private static boolean compatible(BibtexEntry a, BibtexEntry b) {
        boolean arxivDiffers = a.arxivId().isPresent() && b.arxivId().isPresent() && !a.arxivId().equals(b.arxivId());
        boolean doiDiffers = a.doi().isPresent() && b.doi().isPresent() && !a.doi().get().equalsIgnoreCase(b.doi().get());
        boolean yearDiffers = a.text("year").isPresent() && b.text("year").isPresent() && !a.text("year").equals(b.text("year"));
        boolean sameId = a.arxivId().isPresent() && a.arxivId().equals(b.arxivId())
                || a.doi().isPresent() && b.doi().isPresent() && a.doi().get().equalsIgnoreCase(b.doi().get());
        return sameId || !arxivDiffers && !doiDiffers && !yearDiffers;
    }

    /** One entry holding what all entries of a work say: the first entry's fields, the fullest author list. */
    private static BibtexEntry merged(List<BibtexEntry> work) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (BibtexEntry e : work) e.fields().forEach(fields::putIfAbsent);
        BibtexEntry fullest = work.get(0);
        for (BibtexEntry e : work) if (e.authors().size() > fullest.authors().size()) fullest = e;
        fullest.raw("author").ifPresent(a -> fields.put("author", a));
        BibtexEntry first = work.get(0);
        return new BibtexEntry(first.type(), first.key(), first.line(), fields);
    }

    private static void map(List<BibtexEntry> work, Entities entities, GraphWriter out, ImportReport report) {
        BibtexEntry entry = merged(work);
        int line = entry.line();
        EntryLinks links = EntryLinks.ofUrls(identifierLinks(entry), line);
        Kind kind = kindOf(entry, links);
        Node node = entities.work(kind, entry.text("title").orElseThrow(), links, Optional.empty(), line);
        work.stream().skip(1).forEach(e -> out.provenance(node, e.line()));
        if (entry.type().equals("incollection") || entry.type().equals("inbook")) out.add(node, Vocab.TYPE, Vocab.CHAPTER);

        List<Node> authors = entry.authors().stream().map(a -> entities.person(a, line)).toList();
        authors.forEach(a -> out.add(node, Vocab.AUTHOR, a));
        if (!authors.isEmpty()) out.add(node, Vocab.AUTHOR_LIST, out.list(authors));

        entry.text("year").filter(y -> y.matches("\\d{4}")).ifPresent(year -> entities.date(node,
                entry.text("month").flatMap(BibtexSource::month)
                        .map(m -> new Dates.PartialDate(year + "-" + String.format("%02d", m), Dates.PartialDate.Precision.MONTH))
                        .orElse(new Dates.PartialDate(year, Dates.PartialDate.Precision.YEAR))));
        // "Journal = {https://arxiv.org/abs/2008.03824}" with "Archiveprefix = {arXiv}" (nerf.bib) appeared on arXiv.
        entry.venue().or(() -> entry.fromArxiv() ? Optional.of("arXiv") : Optional.empty())
                .ifPresent(v -> out.add(node, Vocab.VENUE, entities.venue(v, line)));
        entry.text("publisher").ifPresent(p -> out.add(node, Vocab.schema("publisher"), entities.org(p, line)));
        entry.text("volume").ifPresent(v -> out.text(node, Vocab.VOLUME, v));
        // Page ranges are stored as "6840-6851" whatever the source writes ("6840--6851", "6840 – 6851"),
        // so a paper reached from a list and a .bib keeps one value.
        entry.text("pages").ifPresent(p -> out.text(node, Vocab.PAGES, p.replaceAll("\\s*[-–—]+\\s*", "-")));
        entry.text("abstract").ifPresent(a -> out.text(node, Vocab.schema("abstract"), a));
        LinkRelations relations = new LinkRelations(entities, out, report);
        for (LocatedLink l : links.own) relations.apply(node, kind, l, null);
    }

    /** A book is a book; an entry with no paper identifier whose first link is a repository, video or post is that. */
    private static Kind kindOf(BibtexEntry entry, EntryLinks links) {
        if (BOOK_TYPES.contains(entry.type())) return Kind.BOOK;
        if (entry.arxivId().isPresent() || entry.doi().isPresent() || links.own.isEmpty()) return Kind.PAPER;
        Link first = links.own.get(0).link();
        // Only a repository's own address makes the entry that repository: nerf.bib's JaxNeRF lives in
        // a folder of google-research/google-research, and that repository is not called JaxNeRF.
        if (first.type() == Link.Type.GITHUB_REPO) return first.url().matches("https?://github\\.com/[^/]+/[^/]+/?") ? Kind.REPO : Kind.PAPER;
        Kind linked = LinkRelations.kindOf(first.type());
        return linked == Kind.VIDEO || linked == Kind.TUTORIAL ? linked : Kind.PAPER;
    }

    /** The arXiv id and DOI as the links they stand for, then every other address the entry gives. */
    private static List<String> identifierLinks(BibtexEntry entry) {
        Set<String> urls = new LinkedHashSet<>();
        entry.arxivId().ifPresent(id -> urls.add("https://arxiv.org/abs/" + id));
        entry.doi().ifPresent(doi -> urls.add("https://doi.org/" + doi));
        urls.addAll(entry.urls());
        return List.copyOf(urls);
    }

    private static Optional<Integer> month(String m) {
        String lower = m.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("\\d{1,2}")) return Optional.of(Integer.parseInt(lower)).filter(i -> i >= 1 && i <= 12);
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        int i = lower.length() >= 3 ? names.indexOf(lower.substring(0, 3)) : -1;
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }
}
