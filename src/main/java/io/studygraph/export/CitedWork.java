package io.studygraph.export;

import io.studygraph.graph.EntityView;
import io.studygraph.graph.EntityView.LiteralGroup;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.EntityView.Relation;
import io.studygraph.graph.EntityView.WebLink;
import io.studygraph.graph.Vocab;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a citation says about a work, whatever the style: read once from the graph, formatted by
 * {@link Bibtex} and {@link Apa}. Any field but {@code title} may be null (authors may be empty).
 *
 * <pre>{@code
 * CitedWork work = CitedWork.from(view).orElseThrow();   // view: an EntityView of a paper
 * String bibtex = CitationStyle.BIBTEX.format(work);
 * }</pre>
 *
 * @param kind     the entity kind slug ("paper", "book", "tutorial", "video", "repo")
 * @param authors  display names, in byline order
 * @param date     as the sources give it: "2020", "2020-06" or "2020-06-19"
 */
public record CitedWork(String kind, String title, List<String> authors, String date, String venue, String volume,
                        String arxivId, String doi, String url) {
    /** Kinds a reader cites; people, ideas and lists are not works. */
    public static final Set<String> KINDS = Set.of("paper", "book", "tutorial", "video", "repo", "question");
    private static final String PUBLISHER = "https://schema.org/publisher";
    private static final String PRESENTER = "https://w3id.org/studygraph/ontology#presenter";

    public CitedWork {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("A cited work needs a title");
        authors = List.copyOf(authors);
    }

    /** The work an entity view shows, or empty when the entity is not a work. */
    public static Optional<CitedWork> from(EntityView view) {
        if (view.kind() == null || !KINDS.contains(view.kind())) return Optional.empty();
        // The ordered byline, else the unordered authors, else a video's presenter: who a reader names.
        List<Ref> people = !view.authors().isEmpty() ? view.authors()
                : !targets(view, Vocab.AUTHOR.getURI()).isEmpty() ? targets(view, Vocab.AUTHOR.getURI()) : targets(view, PRESENTER);
        List<String> authors = people.stream().map(Ref::label).toList();
        // A book or blog post names its publisher where a paper names its venue.
        String venue = java.util.stream.Stream.concat(targets(view, Vocab.VENUE.getURI()).stream(), targets(view, PUBLISHER).stream())
                .map(Ref::label).findFirst().orElse(null);
        String url = view.links().stream().filter(l -> l.property().equals(Vocab.URL.getURI()))
                .map(WebLink::url).findFirst().orElse(null);
        return Optional.of(new CitedWork(view.kind(), view.label(), authors, longest(view, Vocab.DATE_PUBLISHED.getURI()), venue,
                first(view, Vocab.VOLUME.getURI()), first(view, Vocab.ARXIV_ID.getURI()), doi(first(view, Vocab.DOI.getURI())), url));
    }

    /** The four-digit year of {@code date}, or null when it has none. */
    public String year() {
        return date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
    }

    /** The address a reader follows: the DOI's, else arXiv's, else the work's own. */
    public String link() {
        if (doi != null) return "https://doi.org/" + doi;
        if (arxivId != null) return "https://arxiv.org/abs/" + arxivId;
        return url;
    }

    private static List<Ref> targets(EntityView view, String property) {
        return view.outgoing().stream().filter(r -> r.property().equals(property)).findFirst()
                .map(Relation::targets).orElse(List.of());
    }

    private static Optional<LiteralGroup> group(EntityView view, String property) {
        return view.literals().stream().filter(g -> g.property().equals(property)).findFirst();
    }

    private static String first(EntityView view, String property) {
        return group(view, property).flatMap(g -> g.values().stream().findFirst()).map(EntityView.Value::value)
                .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    // Sources date a work to the year or to the day: the longest value is the most precise.
    private static String longest(EntityView view, String property) {
        return group(view, property).flatMap(g -> g.values().stream().map(EntityView.Value::value)
                .max(java.util.Comparator.comparingInt(String::length))).orElse(null);
    }

    // Stored without https://doi.org/ (docs/data-model.md); a source that kept the prefix is forgiven.
    private static String doi(String value) {
        return value == null ? null : value.replaceFirst("(?i)^(doi:|https?://(dx\\.)?doi\\.org/)", "");
    }
}
