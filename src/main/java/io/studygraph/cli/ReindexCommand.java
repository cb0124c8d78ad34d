package io.studygraph.cli;

import io.studygraph.StudyGraph;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            long start = System.nanoTime();
            int n = sg.index().rebuild();
            spec.commandLine().getOut().printf("Indexed %d entities in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }
}
