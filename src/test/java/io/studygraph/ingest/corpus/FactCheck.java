package io.studygraph.ingest.corpus;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.corpus.CorpusExpectations.Pinned;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;

/**
 * Compares one pinned entry with what the graph says about it. The entry is found by an identifier it
 * links (arXiv, DOI, OpenReview, GitHub), else by its title among the entity labels; several matches
 * are narrowed by the entry's sg:sourceLine, then by its kind. Each fact is counted twice: for recall
 * (is a stated fact in the graph?) and for precision (is what the graph says of this fact type right?).
 */
final class FactCheck {
    /** Kinds a title can never name: a work's title found on a person or a section is no match. */
    private static final Set<Kind> NOT_WORKS = EnumSet.of(Kind.PERSON, Kind.ORG, Kind.SECTION, Kind.LIST, Kind.CONCEPT);

    /**
     * One fact of one entry: how many values the list states and the graph has of them, how many the
     * graph says and how many of those are right.
     */
    record Fact(int line, String entry, String name, String expected, String got, int stated, int found, int said, int right) {
        boolean missed() { return found < stated; }
        boolean wrong() { return right < said; }
    }

    /** The "got" of every fact of an entry the graph has no entity for. */
    static final String NOT_FOUND = "(no entity found)";

    private final SourceGraph graph;

    FactCheck(SourceGraph graph) {
        this.graph = graph;
    }

    /** The entity the pinned entry became, if the graph has one. */
    Optional<Node> find(Pinned pin) {
        List<Node> candidates = graph.entities().stream().filter(e -> hasIdentifier(e, pin)).toList();
        if (candidates.isEmpty()) {
            Set<String> titles = Set.copyOf(pin.titles().stream().map(FactCheck::norm).toList());
            candidates = graph.entities().stream()
                    .filter(e -> graph.kind(e).filter(NOT_WORKS::contains).isEmpty())
                    .filter(e -> graph.allLabels(e).stream().map(FactCheck::norm).anyMatch(titles::contains))
                    .toList();
        }
        return candidates.stream().min(Comparator
                .comparing((Node e) -> graph.sourceLines(e).contains(pin.line()) ? 0 : 1)
                .thenComparing(e -> graph.kind(e).filter(k -> k == pin.kind()).isPresent() ? 0 : 1)
                .thenComparing(Node::getURI));
    }

    List<Fact> check(Pinned pin) {
        Optional<Node> found = find(pin);
        Node e = found.orElse(null);
        List<Fact> facts = new ArrayList<>();
        facts.add(single(pin, "kind", List.of(pin.kind().slug()), e == null ? List.of() : graph.kind(e).map(Kind::slug).stream().toList(), UnaryOperator.identity()));
        if (!pin.titles().isEmpty()) facts.add(single(pin, "title", pin.titles(), e == null ? List.of() : graph.names(e), FactCheck::norm));
        if (pin.authors() != null) facts.addAll(authors(pin, e));
        if (pin.year() != null) facts.add(single(pin, "year", List.of(pin.year()), e == null ? List.of() : graph.years(e), UnaryOperator.identity()));
        if (!pin.venues().isEmpty()) facts.add(single(pin, "venue", pin.venues(), e == null ? List.of() : graph.venues(e), FactCheck::norm));
        facts.add(single(pin, "arXiv id", listOf(pin.arxiv()), values(e, Vocab.ARXIV_ID), FactCheck::arxiv));
        facts.add(single(pin, "DOI", listOf(pin.doi()), values(e, Vocab.DOI), FactCheck::doi));
        facts.add(single(pin, "OpenReview id", listOf(pin.openReview()), values(e, Vocab.OPENREVIEW_ID), UnaryOperator.identity()));
        facts.add(single(pin, "githubRepo", listOf(pin.repo()), values(e, Vocab.GITHUB_REPO), FactCheck::repo));
        if (pin.code() != null) facts.add(code(pin, e == null ? List.of() : graph.linkedRepos(e)));
        if (e == null) return facts.stream().filter(f -> f.stated() > 0)
                .map(f -> new Fact(f.line(), f.entry(), f.name(), f.expected(), NOT_FOUND, f.stated(), 0, 0, 0)).toList();
        return facts.stream().filter(f -> f.stated() > 0 || f.said() > 0).toList();
    }

    /** A fact with one right value (or a few equally right spellings) that the graph may state many times. */
    private static Fact single(Pinned pin, String name, List<String> expected, List<String> got, UnaryOperator<String> norm) {
        Set<String> right = Set.copyOf(expected.stream().map(norm).toList());
        int stated = expected.isEmpty() ? 0 : 1;
        int found = got.stream().map(norm).anyMatch(right::contains) ? stated : 0;
        int rightCount = (int) got.stream().map(norm).filter(right::contains).count();
        return new Fact(pin.line(), pin.label(), name, show(expected), show(got), stated, found, got.size(), rightCount);
    }

    private List<Fact> authors(Pinned pin, Node e) {
        SourceGraph.Authors got = e == null ? new SourceGraph.Authors(List.of(), true) : graph.authors(e);
        List<String> expected = pin.authors().stream().map(FactCheck::norm).toList();
        List<String> names = got.names().stream().map(FactCheck::norm).toList();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), names.size()); i++) {
            String want = i < expected.size() ? pin.authors().get(i) : null;
            String have = i < names.size() ? got.names().get(i) : null;
            boolean match = want != null && have != null
                    && (got.ordered() ? names.get(i).equals(expected.get(i)) : names.contains(expected.get(i)));
            int hits = match ? 1 : 0;
            String shown = have == null ? "—" : have + (got.ordered() ? "" : " (no bibo:authorList: order unknown)");
            facts.add(new Fact(pin.line(), pin.label(), "author #" + (i + 1), want == null ? "—" : want, shown,
                    want == null ? 0 : 1, hits, have == null ? 0 : 1, hits));
        }
        return facts;
    }

    private static Fact code(Pinned pin, List<String> linked) {
        Set<String> expected = Set.copyOf(pin.code().stream().map(FactCheck::repo).toList());
        Set<String> got = Set.copyOf(linked.stream().map(FactCheck::repo).toList());
        int found = (int) expected.stream().filter(got::contains).count();
        int right = (int) got.stream().filter(expected::contains).count();
        return new Fact(pin.line(), pin.label(), "code", show(pin.code()), show(linked), expected.size(), found, got.size(), right);
    }

    private boolean hasIdentifier(Node e, Pinned pin) {
        return matches(values(e, Vocab.ARXIV_ID), pin.arxiv(), FactCheck::arxiv)
                || matches(values(e, Vocab.DOI), pin.doi(), FactCheck::doi)
                || matches(values(e, Vocab.OPENREVIEW_ID), pin.openReview(), UnaryOperator.identity())
                || matches(values(e, Vocab.GITHUB_REPO), pin.repo(), FactCheck::repo);
    }

    private static boolean matches(Collection<String> values, String wanted, UnaryOperator<String> norm) {
        return wanted != null && values.stream().map(norm).anyMatch(norm.apply(wanted)::equals);
    }

    private List<String> values(Node e, Node property) {
        return e == null ? List.of() : graph.texts(e, property);
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String show(List<String> values) {
        return values.isEmpty() ? "—" : String.join(" | ", values);
    }

    /** How two spellings of a title or name are compared: case, dashes, quotes, soft hyphens and spacing aside. */
    static String norm(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\u00AD", "")
                .replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("-+", "-")
                .replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("\\s+", " ").strip();
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        return s.toLowerCase(Locale.ROOT);
    }

    static String arxiv(String id) {
        return id.strip().toLowerCase(Locale.ROOT).replaceFirst("^arxiv:", "").replaceFirst("v\\d+$", "");
    }

    static String doi(String id) {
        return id.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(dx\\.)?doi\\.org/", "").replaceFirst("^doi:", "");
    }

    static String repo(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.git$", "").replaceFirst("/+$", "");
    }
}
