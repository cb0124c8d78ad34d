package io.studygraph.ingest.corpus;

import io.studygraph.graph.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a careful reader writes down from one corpus list, read from {@code /corpus/NAME.facts} on the
 * test class path (format in {@code src/test/resources/corpus/README.md}). The facts were taken from the
 * lists by hand, never from what the importer produced.
 *
 * <pre>{@code
 * ListExpectations gnn = CorpusExpectations.of("gnn-papers.md");
 * gnn.entries().get(0).titles(); // [Introduction to Graph Neural Networks]
 * }</pre>
 */
final class CorpusExpectations {
    private static final String SEPARATOR = " \\| ";
    private static final String ALTERNATIVES = " \\|\\| ";

    private CorpusExpectations() {}

    /** Lines of the list that hold no entry (contents, badges), inclusive. */
    record LineRange(int from, int to) {
        boolean contains(int line) { return line >= from && line <= to; }
        @Override public String toString() { return from + "-" + to; }
    }

    /**
     * One pinned entry. A {@code null} list means "not pinned" (the entry is ambiguous there); an empty
     * list means the entry states none, so anything the graph adds is wrong. Identifiers are always
     * pinned: {@code null} means the entry links none.
     */
    record Pinned(int line, Kind kind, List<String> titles, List<String> authors, String year,
                  List<String> venues, String arxiv, String doi, String openReview, String repo, List<String> code) {
        String label() { return titles.isEmpty() ? (repo != null ? repo : arxiv) : titles.get(0); }
    }

    record ListExpectations(String file, List<LineRange> notEntries, List<String> ownRepos, List<Pinned> entries) {}

    static ListExpectations of(String file) {
        String name = file.replaceFirst("\\.md$", "");
        List<LineRange> notEntries = new ArrayList<>();
        List<String> own = new ArrayList<>();
        List<Pinned> entries = new ArrayList<>();
        for (String raw : resource("/corpus/" + name + ".facts").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("@not-entries ")) {
                String[] range = line.substring("@not-entries ".length()).split("-");
                notEntries.add(new LineRange(Integer.parseInt(range[0]), Integer.parseInt(range[1])));
            } else if (line.startsWith("@own-repo ")) {
                own.add(line.substring("@own-repo ".length()).strip());
            } else {
                entries.add(pinned(file, line));
            }
        }
        return new ListExpectations(file, List.copyOf(notEntries), List.copyOf(own), List.copyOf(entries));
    }

    private static Pinned pinned(String file, String row) {
        String[] f = row.split(SEPARATOR, -1);
        if (f.length != 8) throw new IllegalArgumentException(file + ": expected 8 fields in '" + row + "'");
        String arxiv = null, doi = null, openReview = null, repo = null;
        if (!f[6].equals("-")) {
            for (String id : f[6].split(" ")) {
                String value = id.substring(id.indexOf(':') + 1);
                switch (id.substring(0, id.indexOf(':'))) {
                    case "arxiv" -> arxiv = value;
                    case "doi" -> doi = value;
                    case "openreview" -> openReview = value;
                    case "repo" -> repo = value;
                    default -> throw new IllegalArgumentException(file + ": unknown identifier " + id);
                }
            }
        }
        Kind kind = Kind.fromSlug(f[1]).orElseThrow(() -> new IllegalArgumentException(file + ": unknown kind " + f[1]));
        return new Pinned(Integer.parseInt(f[0]), kind, alternatives(f[2]), people(f[3]), f[4].equals("?") ? null : f[4],
                alternatives(f[5]), arxiv, doi, openReview, repo, repos(f[7]));
    }

    private static List<String> alternatives(String field) {
        return field.equals("?") ? List.of() : List.of(field.split(ALTERNATIVES));
    }

    private static List<String> people(String field) {
        if (field.equals("?")) return null;
        if (field.equals("-")) return List.of();
        return Arrays.stream(field.split(";")).map(String::strip).toList();
    }

    private static List<String> repos(String field) {
        if (field.equals("?")) return null;
        if (field.equals("-")) return List.of();
        return List.of(field.split(" "));
    }

    private static String resource(String path) {
        try (InputStream in = CorpusExpectations.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
