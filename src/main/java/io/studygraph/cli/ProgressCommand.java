package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.study.Learner;
import io.studygraph.study.Status;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Mark an item unread, reading or done (a concept unknown, learning or known), or list what is marked.",
                "  studygraph progress https://w3id.org/studygraph/id/paper/arxiv-2006.11239 done"})
final class ProgressCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "IRI", description = "The item or concept; omit it to list your progress.")
    String iri;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STATUS", description = "unread, reading, done, unknown, learning or known.")
    String status;

    @Option(names = "--learner", paramLabel = "NAME", description = "Whose progress (default: me).")
    String learner;

    @Override
    public Integer call() {
        Learner who = Main.learner(spec, learner);
        PrintWriter out = spec.commandLine().getOut();
        if (iri != null && status == null) throw new ParameterException(spec.commandLine(), "Give a STATUS after the IRI: unread, reading, done, unknown, learning or known");
        try (StudyGraph sg = main.open()) {
            if (iri == null) {
                Map<String, Status> marked = sg.progress().statuses(who);
                if (marked.isEmpty()) out.println("Nothing is marked yet for " + who.name() + ".");
                marked.forEach((item, s) -> out.printf("%-9s %s  %s%n", s.word(), sg.entities().refs(java.util.List.of(item)).get(0).label(), item));
                return 0;
            }
            Status wanted = Status.fromWord(status).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "STATUS must be unread, reading, done, unknown, learning or known, not '" + status + "'"));
            Status stored = sg.setProgress(who, iri, wanted);
            out.println(sg.entities().refs(java.util.List.of(iri)).get(0).label() + ": " + stored.word());
        }
        return 0;
    }
}
