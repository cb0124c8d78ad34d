package io.studygraph.study;

import java.util.List;

/**
 * A learner's Markdown note on an entity ({@code on}), or on a relation between two ({@code on}
 * {@code relation} {@code object}). {@code html} is the text rendered safely ({@link NoteRenderer});
 * {@code links} the entities its {@code [[links]]} and pasted IRIs resolved to, {@code unresolved}
 * the {@code [[links]]} that name nothing in the graph.
 */
public record Note(String id, String on, String onLabel, String relation, String object, String text, String html,
        List<String> links, List<String> unresolved, String created, String modified) {}
