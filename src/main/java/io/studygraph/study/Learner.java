package io.studygraph.study;

import io.studygraph.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * Whose study data: a short name that keys one named graph ({@code study/{name}}), so a shared
 * server can hold several learners. A single user is {@link #DEFAULT}.
 */
public record Learner(String name) {
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    // After NAME: the constructor checks against it.
    public static final Learner DEFAULT = new Learner("me");

    public Learner {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A learner's name is 1 to 40 lowercase letters, digits or hyphens, such as 'me' or 'ada'"
                    + (name == null ? "" : "; '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "' is not one"));
        }
    }

    /** The learner for an optional parameter: {@link #DEFAULT} when absent. */
    public static Learner of(String name) {
        return name == null || name.isEmpty() ? DEFAULT : new Learner(name);
    }

    /** The named graph that holds this learner's progress, notes and plan moves. */
    public Node graph() {
        return Vocab.studyGraph(name);
    }

    /** The IRI prefix of the records this learner's graph holds: {@code study/{name}/}. */
    public String recordPrefix() {
        return Vocab.STUDY + name + "/";
    }
}
