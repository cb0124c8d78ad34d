package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.search.SearchRequest;
import io.studygraph.search.SearchResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Search entities: words, \"phrases\", -exclusions, prefix*; typos are forgiven.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    String[] words;

    @Option(names = "--kind", description = "Only this kind (paper, video, person, ...).")
    String kind;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            SearchResult r = sg.search().search(new SearchRequest(String.join(" ", words), kind, null, null, limit, 0));
            PrintWriter out = spec.commandLine().getOut();
            if (r.suggestion() != null) out.println("Did you mean: " + r.suggestion());
            out.printf("%d match%s%n", r.total(), r.total() == 1 ? "" : "es");
            for (SearchResult.Hit hit : r.hits()) {
                out.printf("%6.2f  %-8s %s%s%n        %s%n", hit.score(), hit.kind(), hit.label(),
                        hit.year() == null ? "" : " (" + hit.year() + ")", hit.iri());
                String snippet = hit.snippet().stream().map(p -> p.hit() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
                if (!snippet.isBlank()) out.println("        " + snippet);
            }
        }
        return 0;
    }
}
