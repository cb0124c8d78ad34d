package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What reading one source found, collected while it is read: the entries, the entities they
 * became (new, or merged with an entity another source already has), the entries skipped and
 * why, and warnings with their lines. One per source; not thread-safe.
 */
final class ImportReport {
    /** A problem tied to a line of the source (0 when it has none). */
    record Note(int line, String message) {
        @Override public String toString() {
            return (line > 0 ? "line " + line + ": " : "") + message;
        }
    }

    private int entries;
    private final Set<Node> added = new LinkedHashSet<>();
    private final Set<Node> merged = new LinkedHashSet<>();
    private final List<Note> skipped = new ArrayList<>();
    private final List<Note> warnings = new ArrayList<>();

    /** An entry of the list (an item, a table row, a BibTeX entry) was found. */
    void entry() {
        entries++;
    }

    /** An entry was found but yields nothing: say why. */
    void skip(int line, String why) {
        skipped.add(new Note(line, why));
    }

    void warn(int line, String message) {
        warnings.add(new Note(line, message));
    }

    /** The source describes {@code entity}; {@code known} when another source already had it. */
    void entity(Node entity, boolean known) {
        if (known) {
            merged.add(entity);
            added.remove(entity);
        } else if (!merged.contains(entity)) {
            added.add(entity);
        }
    }

    /** The entity was left out of the source after all: it is neither added nor merged. */
    void forget(Node entity) {
        added.remove(entity);
        merged.remove(entity);
    }

    int entries() { return entries; }
    int added() { return added.size(); }
    int merged() { return merged.size(); }
    List<Note> skipped() { return List.copyOf(skipped); }
    List<Note> warnings() { return List.copyOf(warnings); }
}
