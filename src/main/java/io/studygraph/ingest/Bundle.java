package io.studygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ontology, shapes and reading list shipped inside the jar (copied from {@code ontology/}
 * and {@code data/} at build time), read the same way from a jar or a classes directory.
 */
public final class Bundle {
    private static final String ROOT = "studygraph/";

    private Bundle() {}

    public static String ontology() {
        return resource("ontology/studygraph.ttl");
    }

    public static String shapes() {
        return resource("ontology/shapes.ttl");
    }

    /** The alignment of other vocabularies with StudyGraph's model, see {@link Alignment}. */
    public static String alignment() {
        return resource("ontology/alignment.ttl");
    }

    /** The bundled data files (curated RDF and reading lists), file name → content. */
    public static Map<String, String> data() {
        return files("data", ".*\\.(md|ttl|nt|rdf|trig|bib)$");
    }

    /**
     * The names the bundled sources are imported under: each data file, and the ontology's file
     * name (which {@link Importer#loadOntology} reads it as).
     */
    public static java.util.Set<String> sourceNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(data().keySet());
        names.add("studygraph.ttl");
        return java.util.Collections.unmodifiableSet(names);
    }

    /** The query gallery ({@code data/queries/*.rq}), file name → content, in name order. */
    public static Map<String, String> queries() {
        return files("data/queries", ".*\\.rq$");
    }

    private static Map<String, String> files(String folder, String pattern) {
        Map<String, String> files = new LinkedHashMap<>();
        URL url = Bundle.class.getClassLoader().getResource(ROOT + folder);
        if (url == null) return files;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    collect(fs.provider().getPath(uri), pattern, files);
                }
            } else {
                collect(Path.of(uri), pattern, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled data", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad bundled data location " + url, e);
        }
        return files;
    }

    private static void collect(Path dir, String pattern, Map<String, String> files) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.matches(pattern)) files.put(name, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) throw new IllegalStateException("Missing bundled resource " + ROOT + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + path, e);
        }
    }
}
