package io.studygraph.study;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.study.Prerequisites.Item;
import io.studygraph.study.Prerequisites.Link;
import io.studygraph.study.Prerequisites.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * What the list lacks, read from the graph: concepts nothing explains, papers with no video,
 * tutorial or code, works the list cites but does not hold, people with no profile, and the entries
 * an import could not complete. The same few bound scans whatever the size of the list; each
 * section gives its total and its first {@code limit} entries, the most pressing first.
 *
 * <pre>{@code
 * GapReport r = new Gaps(store, entities).report(50);
 * r.citedNotOnList().items().get(0); // the outside work most list items cite
 * }</pre>
 */
public final class Gaps {
    /** The most entries a section lists; its total is always said. */
    public static final int MAX_LIMIT = 1000;
    /** Citers named per outside work; the count says the rest. */
    static final int CITERS_SHOWN = 5;

    private static final Query DEFINED = Sparql.parse("SELECT DISTINCT ?c WHERE { ?c skos:definition ?d }");
    private static final Query PEOPLE = Sparql.parse("""
            SELECT ?p (COUNT(DISTINCT ?w) AS ?works) WHERE {
              ?p a schema:Person . OPTIONAL { VALUES ?role { schema:author sg:presenter schema:contributor } ?w ?role ?p }
            } GROUP BY ?p""");
    private static final Query PROFILED = Sparql.parse("""
            SELECT DISTINCT ?p WHERE { VALUES ?link { schema:sameAs schema:url } ?p a schema:Person ; ?link ?x }""");
    private static final Query REPORTS = Sparql.parse("""
            SELECT ?source ?graph ?p ?message WHERE {
              ?r a sg:ImportReport ; rdfs:label ?source ; sg:reportOf ?graph .
              OPTIONAL { VALUES ?p { sg:skippedEntry sg:importWarning } ?r ?p ?message }
            } ORDER BY ?source""");

    private final Store store;
    private final EntityService entities;
    private final Prerequisites prerequisites;

    public Gaps(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
        this.prerequisites = new Prerequisites(store);
    }

    /** The report, each section cut at {@code limit} entries (1 to {@link #MAX_LIMIT}). */
    public GapReport report(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw StudyException.badInput("Parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT);
        return store.read(() -> {
            Map<String, Item> items = prerequisites.onTheList();
            List<Link> links = prerequisites.all();
            Set<String> defined = new HashSet<>(column(DEFINED, "c"));
            Map<String, String> kinds = new HashMap<>();
            items.forEach((iri, item) -> kinds.put(iri, item.kind().slug()));
            Set<String> outside = new HashSet<>();
            for (Link l : links) {
                if (!items.containsKey(l.before())) outside.add(l.before());
                if (!items.containsKey(l.after())) outside.add(l.after());
            }
            Map<String, Ref> refs = new HashMap<>();
            for (Ref r : entities.refs(outside)) {
                refs.put(r.iri(), r);
                if (r.kind() != null) kinds.put(r.iri(), r.kind());
            }
            return new GapReport(
                    labelled(concepts(items, links, defined, kinds), limit, refs),
                    labelled(papers(items, links, kinds), limit, refs),
                    citedNotOnList(items, links, refs, limit),
                    people(limit),
                    imports());
        });
    }

    /** Concepts on the list that no video, tutorial, book or paper explains or is about. */
    private List<ConceptGap> concepts(Map<String, Item> items, List<Link> links, Set<String> defined, Map<String, String> kinds) {
        Set<String> explained = new HashSet<>();
        Map<String, Set<String>> mentionedBy = new HashMap<>();
        for (Link l : links) {
            if (l.relation() == Relation.EXPLAINS) explained.add(l.after());
            else if (l.relation() == Relation.ABOUT && !Kind.CONCEPT.slug().equals(kinds.get(l.after()))) explained.add(l.before());
            else if (l.relation() == Relation.MENTIONS || l.relation() == Relation.MENTIONS_CONCEPT) {
                mentionedBy.computeIfAbsent(l.before(), k -> new HashSet<>()).add(l.after());
            }
        }
        List<ConceptGap> out = new ArrayList<>();
        for (Item item : items.values()) {
            if (item.kind() != Kind.CONCEPT || explained.contains(item.iri())) continue;
            out.add(new ConceptGap(item.iri(), null, defined.contains(item.iri()), mentionedBy.getOrDefault(item.iri(), Set.of()).size()));
        }
        // The concepts most of the list relies on first: those are the ones worth finding an explainer for.
        out.sort(Comparator.comparingInt(ConceptGap::mentionedBy).reversed().thenComparing(ConceptGap::iri));
        return out;
    }

    /** Papers and books on the list lacking a video, a tutorial or code, with what each lacks. */
    private List<PaperGap> papers(Map<String, Item> items, List<Link> links, Map<String, String> kinds) {
        Map<String, Set<String>> has = new HashMap<>();
        for (Link l : links) {
            if (l.relation() == Relation.EXPLAINS) {
                String helper = kinds.get(l.before());
                if ("video".equals(helper) || "tutorial".equals(helper)) has.computeIfAbsent(l.after(), k -> new HashSet<>()).add(helper);
            } else if (l.relation() == Relation.IMPLEMENTS) {
                String helper = kinds.get(l.after());
                if ("repo".equals(helper)) has.computeIfAbsent(l.before(), k -> new HashSet<>()).add("code");
                else if ("tutorial".equals(helper)) has.computeIfAbsent(l.before(), k -> new HashSet<>()).add("tutorial");
            }
        }
        Map<String, Integer> citedBy = new HashMap<>();
        for (Link l : links) if (l.relation().citation() && items.containsKey(l.after())) citedBy.merge(l.before(), 1, Integer::sum);
        List<PaperGap> out = new ArrayList<>();
        for (Item item : items.values()) {
            if (item.kind() != Kind.PAPER && item.kind() != Kind.BOOK) continue;
            Set<String> found = has.getOrDefault(item.iri(), Set.of());
            List<String> missing = PaperGap.HELPERS.stream().filter(h -> !found.contains(h)).toList();
            if (!missing.isEmpty()) out.add(new PaperGap(item.iri(), null, item.date(), missing, citedBy.getOrDefault(item.iri(), 0)));
        }
        // Lacking everything first; among those, the papers the list builds on most.
        out.sort(Comparator.comparingInt((PaperGap p) -> p.missing().size()).reversed()
                .thenComparing(Comparator.comparingInt(PaperGap::citedByList).reversed()).thenComparing(PaperGap::iri));
        return out;
    }

    /** Works that list items cite or build on but that no list holds, the most cited first. */
    private Section<CitedWork> citedNotOnList(Map<String, Item> items, List<Link> links, Map<String, Ref> refs, int limit) {
        Map<String, Set<String>> citers = new TreeMap<>();
        for (Link l : links) {
            if (l.relation().citation() && items.containsKey(l.after()) && !items.containsKey(l.before())) {
                citers.computeIfAbsent(l.before(), k -> new java.util.TreeSet<>()).add(l.after());
            }
        }
        List<Map.Entry<String, Set<String>>> ranked = new ArrayList<>(citers.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size()).reversed());
        List<Map.Entry<String, Set<String>>> shown = ranked.subList(0, Math.min(limit, ranked.size()));
        Set<String> named = new HashSet<>();
        shown.forEach(e -> e.getValue().stream().limit(CITERS_SHOWN).forEach(named::add));
        Map<String, Ref> citerRefs = new HashMap<>();
        entities.refs(named).forEach(r -> citerRefs.put(r.iri(), r));
        List<CitedWork> out = new ArrayList<>();
        for (var e : shown) {
            Ref work = refs.getOrDefault(e.getKey(), new Ref(e.getKey(), e.getKey(), null));
            List<Ref> by = e.getValue().stream().limit(CITERS_SHOWN).map(c -> citerRefs.getOrDefault(c, new Ref(c, c, null))).toList();
            out.add(new CitedWork(work.iri(), work.label(), work.kind(), e.getValue().size(), by));
        }
        return new Section<>(ranked.size(), out);
    }

    /** People with no other address (a homepage, a profile, an ORCID), those with most works first. */
    private Section<PersonGap> people(int limit) {
        Set<String> profiled = new HashSet<>(column(PROFILED, "p"));
        List<PersonGap> out = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, PEOPLE, Map.of())) {
            if (!row.get("p").isURIResource()) continue;
            String iri = row.getResource("p").getURI();
            if (!profiled.contains(iri)) out.add(new PersonGap(iri, null, row.getLiteral("works").getInt()));
        }
        out.sort(Comparator.comparingInt(PersonGap::works).reversed().thenComparing(PersonGap::iri));
        List<PersonGap> shown = out.subList(0, Math.min(limit, out.size()));
        Map<String, String> labels = labels(shown.stream().map(PersonGap::iri).toList());
        return new Section<>(out.size(), shown.stream().map(p -> new PersonGap(p.iri(), labels.get(p.iri()), p.works())).toList());
    }

    /** Each source's skipped entries and warnings, as its last import reported them; clean sources left out. */
    private List<SourceProblems> imports() {
        Map<String, SourceProblems> bySource = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, REPORTS, Map.of())) {
            String source = row.getLiteral("source").getLexicalForm();
            SourceProblems s = bySource.computeIfAbsent(source, k -> new SourceProblems(k, row.getResource("graph").getURI(), new ArrayList<>(), new ArrayList<>()));
            if (!row.contains("message")) continue;
            String message = row.getLiteral("message").getLexicalForm();
            if (row.getResource("p").asNode().equals(io.studygraph.graph.Vocab.SKIPPED_ENTRY)) s.skipped().add(message);
            else s.warnings().add(message);
        }
        List<SourceProblems> out = new ArrayList<>();
        for (SourceProblems s : bySource.values()) {
            if (s.skipped().isEmpty() && s.warnings().isEmpty()) continue;
            s.skipped().sort(LINE_ORDER);
            s.warnings().sort(LINE_ORDER);
            out.add(new SourceProblems(s.source(), s.graph(), List.copyOf(s.skipped()), List.copyOf(s.warnings())));
        }
        return out;
    }

    /** "line 9: …" before "line 12: …": by the line number, then the text. */
    private static final Comparator<String> LINE_ORDER = Comparator.comparingInt(Gaps::lineOf).thenComparing(Comparator.naturalOrder());

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("^line (\\d{1,9})");

    private static int lineOf(String message) {
        java.util.regex.Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private <T extends Labelled<T>> Section<T> labelled(List<T> all, int limit, Map<String, Ref> known) {
        List<T> shown = all.subList(0, Math.min(limit, all.size()));
        Map<String, String> labels = labels(shown.stream().map(Labelled::iri).filter(i -> !known.containsKey(i)).toList());
        known.forEach((iri, ref) -> labels.put(iri, ref.label()));
        return new Section<>(all.size(), shown.stream().map(t -> t.withLabel(labels.getOrDefault(t.iri(), t.iri()))).toList());
    }

    private Map<String, String> labels(List<String> iris) {
        Map<String, String> out = new HashMap<>();
        for (Ref r : entities.refs(iris)) out.put(r.iri(), r.label());
        return out;
    }

    private List<String> column(Query q, String var) {
        List<String> out = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, q, Map.of())) if (row.get(var).isURIResource()) out.add(row.getResource(var).getURI());
        return out;
    }

    /** An entry that learns its label after it is ranked, so only the entries shown are looked up. */
    interface Labelled<T> {
        String iri();
        T withLabel(String label);
    }

    /** One section: how many entries there are, and the first ones. */
    public record Section<T>(int total, List<T> items) {}

    /** The whole report; {@code counts} gives each section's total at a glance. */
    public record GapReport(Section<ConceptGap> unexplainedConcepts, Section<PaperGap> papersWithoutHelp,
                            Section<CitedWork> citedNotOnList, Section<PersonGap> peopleWithoutProfile,
                            List<SourceProblems> importProblems) {
        public Map<String, Integer> counts() {
            Map<String, Integer> out = new LinkedHashMap<>();
            out.put("unexplainedConcepts", unexplainedConcepts.total());
            out.put("papersWithoutHelp", papersWithoutHelp.total());
            out.put("citedNotOnList", citedNotOnList.total());
            out.put("peopleWithoutProfile", peopleWithoutProfile.total());
            out.put("importProblems", importProblems.stream().mapToInt(s -> s.skipped().size() + s.warnings().size()).sum());
            return out;
        }
    }

    /** @param defined whether the glossary defines it; @param mentionedBy how many items mention it */
    public record ConceptGap(String iri, String label, boolean defined, int mentionedBy) implements Labelled<ConceptGap> {
        public ConceptGap withLabel(String l) { return new ConceptGap(iri, l, defined, mentionedBy); }
    }

    /** @param missing which of video, tutorial, code nothing on the graph gives; @param citedByList list items citing it */
    public record PaperGap(String iri, String label, String date, List<String> missing, int citedByList) implements Labelled<PaperGap> {
        static final List<String> HELPERS = List.of("video", "tutorial", "code");
        public PaperGap withLabel(String l) { return new PaperGap(iri, l, date, missing, citedByList); }
    }

    /** @param citedBy how many list items cite it; @param citers the first of them */
    public record CitedWork(String iri, String label, String kind, int citedBy, List<Ref> citers) {}

    /** @param works how many works credit them */
    public record PersonGap(String iri, String label, int works) {}

    public record SourceProblems(String source, String graph, List<String> skipped, List<String> warnings) {}
}
