package io.studygraph.ingest;

import java.util.List;

/**
 * What one import did: the report a user reads after importing a file.
 *
 * @param source the file name the graph is named after
 * @param graph the named graph that now holds the source
 * @param triples triples in that graph
 * @param entities entities the source speaks of
 * @param entries entries found (list items, table rows, BibTeX entries); 0 for RDF
 * @param added entities new to the store
 * @param merged entities another source already had, now also described by this one
 * @param skipped entries that yielded nothing, with their lines and why
 * @param warnings things that were read but could not be used, with their lines
 */
public record ImportResult(String source, String graph, long triples, int entities, int entries, int added,
                           int merged, List<String> skipped, List<String> warnings) {

    static ImportResult of(String source, String graph, long triples, int entities, ImportReport report) {
        return new ImportResult(source, graph, triples, entities, report.entries(), report.added(), report.merged(),
                report.skipped().stream().map(ImportReport.Note::toString).toList(),
                report.warnings().stream().map(ImportReport.Note::toString).toList());
    }
}
