package io.studygraph.ingest;

import java.util.List;

/**
 * What one import did: the report a user reads after importing a file. Serialises directly to
 * the JSON that {@code POST /api/import} and {@code import --report} give (docs/api.md).
 *
 * @param source the file name the graph is named after
 * @param format how it was read: {@code markdown}, {@code bibtex}, {@code ris}, {@code csl-json}, {@code links} or {@code rdf}
 * @param graph the named graph that now holds the source
 * @param triples triples in that graph
 * @param entities entities the source speaks of
 * @param entries entries found (list items, table rows, BibTeX entries); 0 for RDF
 * @param added entities new to the store
 * @param merged entities another source already had, now also described by this one
 * @param skipped entries that yielded nothing, with their lines and why
 * @param warnings things that were read but could not be used, or were repaired or left out, with their lines
 */
public record ImportResult(String source, String format, String graph, long triples, int entities, int entries, int added,
                           int merged, List<String> skipped, List<String> warnings) {

    static ImportResult of(String source, String format, String graph, long triples, int entities, ImportReport report) {
        return new ImportResult(source, format, graph, triples, entities, report.entries(), report.added(), report.merged(),
                report.skipped().stream().map(ImportReport.Note::toString).toList(),
                report.warnings().stream().map(ImportReport.Note::toString).toList());
    }

    /**
     * One line for a person: {@code gnn-papers.md: 158 entries -> 412 entities (380 new, 32 merged),
     * 2 skipped, 3 warnings}; an RDF file has no entries, so it says triples instead.
     */
    public String summary() {
        String read = format.equals("rdf") ? triples + " triples" : entries + " " + plural(entries, "entry", "entries");
        return source + ": " + read + " -> " + entities + " " + plural(entities, "entity", "entities")
                + " (" + added + " new, " + merged + " merged), " + skipped.size() + " skipped, "
                + warnings.size() + " " + plural(warnings.size(), "warning", "warnings");
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
