package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Bibliographic records (BibTeX, RIS, CSL JSON: {@link WorkRecord}) into the graph of their source:
 * each work becomes a paper, chapter or book (or the repository, video or post its only link names)
 * with its ordered authors, date, venue, identifiers, abstract and keywords, keyed and reconciled
 * like a reading-list item. A work recorded twice (same arXiv id, DOI, or title and year) is one
 * node that keeps both lines and the fuller author list.
 */
final class WorkRecords {
    private static final Node KEYWORDS = Vocab.schema("keywords");

    private WorkRecords() {}

    /** Reads the records of one file, reporting what it skips; an ImportException when the file is not of the format. */
    @FunctionalInterface
    interface Format {
        List<WorkRecord> records(String name, String text, ImportReport report);
    }

    /** The import reader of a bibliographic format: its records, mapped as all records are. */
    static ImportFormat.Reader reader(Format format) {
        return (name, text, resolver, report, progress) -> read(name, format.records(name, text, report), resolver, report, progress);
    }

    static Graph read(String name, List<WorkRecord> records, Resolver resolver, ImportReport report, ImportProgress progress) {
        GraphWriter out = new GraphWriter(name);
        Entities entities = new Entities(resolver, out, report);
        List<List<WorkRecord>> works = sameWorks(records, report);
        for (int i = 0; i < works.size(); i++) {
            map(works.get(i), entities, out, report);
            progress.at("reading " + name, i + 1, "works", (i + 1.0) / works.size());
        }
        return out.model().getGraph();
    }

    /** The records grouped by the work they describe, in file order; records without a title are skipped. */
    private static List<List<WorkRecord>> sameWorks(List<WorkRecord> records, ImportReport report) {
        Map<String, List<WorkRecord>> byIdentity = new HashMap<>();
        List<List<WorkRecord>> works = new ArrayList<>();
        for (WorkRecord r : records) {
            report.entry();
            if (r.title() == null) {
                report.skip(r.line(), r.label() + " has no title");
                continue;
            }
            List<String> identities = identities(r);
            List<WorkRecord> work = identities.stream().map(byIdentity::get).filter(Objects::nonNull)
                    .filter(w -> compatible(w.get(0), r)).findFirst().orElse(null);
            if (work == null) {
                work = new ArrayList<>();
                works.add(work);
            } else {
                WorkRecord first = work.get(0);
                report.warn(r.line(), r.label() + " is the work of " + first.label() + " (line " + first.line() + "): merged into one");
            }
            work.add(r);
            for (String identity : identities) byIdentity.putIfAbsent(identity, work);
        }
        return works;
    }

    private static List<String> identities(WorkRecord r) {
        List<String> ids = new ArrayList<>();
        if (r.arxivId() != null) ids.add("arxiv " + r.arxivId().toLowerCase(Locale.ROOT));
        if (r.doi() != null) ids.add("doi " + r.doi().toLowerCase(Locale.ROOT));
        r.titleKey().ifPresent(t -> ids.add("title " + (r.form() == WorkRecord.Form.BOOK) + " " + t));
        return ids;
    }

    /** Two records that share a title are still two works if their identifiers or years differ. */
    private static boolean compatible(WorkRecord a, WorkRecord b) {
        boolean arxivDiffers = a.arxivId() != null && b.arxivId() != null && !a.arxivId().equals(b.arxivId());
        boolean doiDiffers = a.doi() != null && b.doi() != null && !a.doi().equalsIgnoreCase(b.doi());
        boolean yearDiffers = a.year().isPresent() && b.year().isPresent() && !a.year().equals(b.year());
        boolean sameId = a.arxivId() != null && a.arxivId().equals(b.arxivId())
                || a.doi() != null && a.doi().equalsIgnoreCase(b.doi());
        return sameId || !arxivDiffers && !doiDiffers && !yearDiffers;
    }

    /** One record holding what all records of a work say: the first one's values, the fullest author list. */
    private static WorkRecord merged(List<WorkRecord> work) {
        WorkRecord first = work.get(0);
        if (work.size() == 1) return first;
        List<String> authors = work.stream().map(WorkRecord::authors).reduce((a, b) -> b.size() > a.size() ? b : a).orElseThrow();
        return new WorkRecord(first.label(), first.line(), first.form(), first.title(), authors, firstOf(work, WorkRecord::date),
                firstOf(work, WorkRecord::venue), firstOf(work, WorkRecord::publisher), firstOf(work, WorkRecord::volume),
                firstOf(work, WorkRecord::pages), firstOf(work, WorkRecord::abstractText),
                work.stream().flatMap(r -> r.keywords().stream()).distinct().toList(),
                firstOf(work, WorkRecord::arxivId), firstOf(work, WorkRecord::doi),
                work.stream().flatMap(r -> r.urls().stream()).distinct().toList());
    }

    private static <T> T firstOf(List<WorkRecord> work, Function<WorkRecord, T> value) {
        return work.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void map(List<WorkRecord> work, Entities entities, GraphWriter out, ImportReport report) {
        WorkRecord r = merged(work);
        int line = r.line();
        EntryLinks links = EntryLinks.ofUrls(identifierLinks(r), line);
        Kind kind = kindOf(r, links);
        Node node = entities.work(kind, r.title(), links, Optional.empty(), line);
        work.stream().skip(1).forEach(e -> out.provenance(node, e.line()));
        if (r.form() == WorkRecord.Form.CHAPTER && kind == Kind.PAPER) out.add(node, Vocab.TYPE, Vocab.CHAPTER);

        List<Node> authors = r.authors().stream().map(a -> entities.person(a, line)).toList();
        authors.forEach(a -> out.add(node, Vocab.AUTHOR, a));
        if (!authors.isEmpty()) out.add(node, Vocab.AUTHOR_LIST, out.list(authors));

        if (r.date() != null) entities.date(node, r.date());
        // Only papers and books appear somewhere: a post's blog or a video's channel is no venue.
        if (r.venue() != null && (kind == Kind.PAPER || kind == Kind.BOOK)) out.add(node, Vocab.VENUE, entities.venue(LineCap.head(r.venue()), line));
        if (r.publisher() != null) out.add(node, Vocab.schema("publisher"), entities.org(r.publisher(), line));
        out.text(node, Vocab.VOLUME, r.volume());
        // Page ranges are stored as "6840-6851" whatever the source writes ("6840--6851", "6840 – 6851"),
        // so a paper reached from a list and a .bib keeps one value.
        if (r.pages() != null) out.text(node, Vocab.PAGES, r.pages().replaceAll("\\s*[-–—]+\\s*", "-"));
        // The authors' own words: schema:abstract, never the summary StudyGraph writes.
        out.text(node, Vocab.ABSTRACT, r.abstractText());
        r.keywords().forEach(k -> out.text(node, KEYWORDS, k));
        LinkRelations relations = new LinkRelations(entities, out, report);
        for (LocatedLink l : links.own) relations.apply(node, kind, l, null);
    }

    /**
     * A book is a book; a video or software record with an address is that; a record with no paper
     * identifier whose first link is a repository, video or post is that; everything else is a paper.
     */
    private static Kind kindOf(WorkRecord r, EntryLinks links) {
        if (r.form() == WorkRecord.Form.BOOK) return Kind.BOOK;
        if (r.form() == WorkRecord.Form.VIDEO && !links.own.isEmpty() && r.arxivId() == null) return Kind.VIDEO;
        if (r.form() == WorkRecord.Form.SOFTWARE && isRepository(links.first(Link.Type.GITHUB_REPO).map(LocatedLink::link))) {
            return Kind.REPO;
        }
        if (r.arxivId() != null || r.doi() != null || links.own.isEmpty()) return Kind.PAPER;
        Link first = links.own.get(0).link();
        if (first.type() == Link.Type.GITHUB_REPO) return isRepository(Optional.of(first)) ? Kind.REPO : Kind.PAPER;
        Kind linked = LinkRelations.kindOf(first.type());
        return linked == Kind.VIDEO || linked == Kind.TUTORIAL ? linked : Kind.PAPER;
    }

    /**
     * Only a repository's own address makes the record that repository: nerf.bib's JaxNeRF lives in
     * a folder of google-research/google-research, and that repository is not called JaxNeRF.
     */
    private static boolean isRepository(Optional<Link> link) {
        return link.map(l -> l.url().matches("https?://github\\.com/[^/]+/[^/]+/?")).orElse(false);
    }

    /** The arXiv id and DOI as the links they stand for, then every other address the record gives. */
    private static List<String> identifierLinks(WorkRecord r) {
        Set<String> urls = new LinkedHashSet<>();
        if (r.arxivId() != null) urls.add("https://arxiv.org/abs/" + r.arxivId());
        if (r.doi() != null) urls.add("https://doi.org/" + r.doi());
        Stream.of(r.urls()).flatMap(List::stream).forEach(urls::add);
        return List.copyOf(urls);
    }
}
