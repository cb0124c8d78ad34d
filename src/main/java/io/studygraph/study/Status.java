package io.studygraph.study;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a learner is with something: an item is unread, being read or done; a concept is unknown,
 * being learnt or known. Absent progress is {@link #UNREAD} (items) or {@link #UNKNOWN} (concepts).
 */
public enum Status {
    UNREAD(false), READING(false), DONE(false), UNKNOWN(true), LEARNING(true), KNOWN(true);

    private final boolean forConcepts;

    Status(boolean forConcepts) {
        this.forConcepts = forConcepts;
    }

    /** The word as the API and the RDF write it: {@code done}, {@code learning}... */
    @com.fasterxml.jackson.annotation.JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean forConcepts() {
        return forConcepts;
    }

    /** Done with it: an item read, a concept known. A prerequisite in this state no longer holds anything back. */
    public boolean finished() {
        return this == DONE || this == KNOWN;
    }

    /** Started or finished. */
    public boolean started() {
        return this != UNREAD && this != UNKNOWN;
    }

    /** The same stage for the other sort of thing: done ↔ known, reading ↔ learning, unread ↔ unknown. */
    public Status forConcept(boolean concept) {
        if (concept == forConcepts) return this;
        return values()[(ordinal() + 3) % 6];
    }

    public static Optional<Status> fromWord(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }
}
