package io.studygraph.ingest;

/**
 * What a long import is doing, for a progress bar: the stage ("parsing list.nt", "storing"), how
 * many of its units are done, and which fraction of the stage that is ({@code NaN} when not known).
 * Called often from the importing thread; an implementation decides how often to draw.
 *
 * <pre>{@code
 * sg.importFiles(files, Validation.LENIENT, (stage, count, unit, fraction) -> ...);
 * }</pre>
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (stage, count, unit, fraction) -> {};

    void at(String stage, long count, String unit, double fraction);

    /** A stage with nothing to count, such as checking a graph against the shapes. */
    default void stage(String stage) {
        at(stage, 0, "", Double.NaN);
    }
}
