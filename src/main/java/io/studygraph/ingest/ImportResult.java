package io.studygraph.ingest;

import java.util.List;

/**
 * What one import did.
 *
 * @param source the file name the graph is named after
 * @param graph the named graph that now holds the source
 * @param triples triples in that graph
 * @param entities entities the source speaks of
 * @param warnings things that were read but could not be used, with their lines
 */
public record ImportResult(String source, String graph, long triples, int entities, List<String> warnings) {}
