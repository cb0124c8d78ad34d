package io.studygraph.ingest;

/** What an import does with an entity the SHACL shapes reject. */
public enum Validation {
    /**
     * Repair it when the repair is certain, else leave it out, with a warning naming the line:
     * one bad entry never loses a list.
     */
    LENIENT,
    /** Refuse the whole file, and so its batch: all-or-nothing, for curated data. */
    STRICT
}
