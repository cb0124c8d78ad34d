package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.graph.SourceInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code studygraph sources}: one row per imported source. {@code studygraph remove NAME} is its
 * counterpart, {@link Remove}.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"List the imported sources: name, kind, triples, entities, when imported and from where.",
                "'import FILE' replaces the source of the same name; 'remove NAME' removes one."})
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            print(spec.commandLine().getOut(), sg.sources());
        }
        return 0;
    }

    /** A table a person reads in a terminal: columns as wide as their widest cell. */
    static void print(PrintWriter out, List<SourceInfo> sources) {
        if (sources.isEmpty()) {
            out.println("No sources: import one with 'studygraph import FILE'.");
            return;
        }
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"NAME", "KIND", "TRIPLES", "ENTITIES", "IMPORTED", "FROM"});
        for (SourceInfo s : sources) {
            rows.add(new String[] {s.name(), s.kind(), Long.toString(s.triples()), Long.toString(s.entities()),
                    s.importedAt() == null ? "-" : s.importedAt().replaceFirst("\\.\\d+", "").replace('T', ' '), from(s)});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 2 || i == 3;
                String cell = number ? " ".repeat(widths[i] - row[i].length()) + row[i] : row[i];
                line.append(cell);
                if (i < row.length - 1) line.append(number ? "" : " ".repeat(widths[i] - row[i].length())).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String from(SourceInfo s) {
        if (s.from() == null) return s.bundled() ? "bundled" : "-";
        return s.bundled() && !s.from().equals("bundled") ? s.from() + " (bundled)" : s.from();
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Remove one imported source (see 'sources'), together with its import report, and bring the search index, "
                    + "importance and glossary mentions in step. Entities other sources also state stay, with their facts. "
                    + "Study data (notes, progress) is never touched.",
                    "  studygraph remove my-list.md"})
    static final class Remove implements Callable<Integer> {
        @ParentCommand Main main;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The source's name, as 'studygraph sources' lists it.")
        String name;

        @Override
        public Integer call() {
            try (StudyGraph sg = main.open()) {
                SourceInfo removed = sg.remove(name);
                spec.commandLine().getOut().printf("removed %s (%s): %d triples, %d entities; store: %d triples%n",
                        removed.name(), removed.kind(), removed.triples(), removed.entities(), sg.store().size());
            }
            return 0;
        }
    }
}
