package io.studygraph.graph;

/**
 * One imported source as a unit, for {@code studygraph sources} and {@code GET /api/sources}.
 *
 * @param name the file name it was imported under, as provenance shows it ({@code reading-list.md})
 * @param kind how it was read, for a person: "reading list", "BibTeX", "Turtle", …
 * @param graph the named graph that holds it
 * @param triples triples in that graph
 * @param entities entities it speaks of (those with provenance in it)
 * @param entries entries its import found (list items, table rows, BibTeX entries); 0 for RDF
 * @param importedAt when its last import ran (ISO 8601), or null when the store does not say
 * @param from where it came from: a file's absolute path, {@code upload} (over HTTP) or
 *             {@code bundled}; null when an older import did not record it
 * @param bundled shipped with StudyGraph and not replaced since
 * @param skipped entries its last import skipped
 * @param warnings warnings its last import gave
 */
public record SourceInfo(String name, String kind, String graph, long triples, long entities, long entries, String importedAt,
                         String from, boolean bundled, long skipped, long warnings) {}
