package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.study.ReadingPlan;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Print a reading plan: the list (or what one item needs) in an order that respects prerequisites,",
                "each step with why it is there, your progress marks and what is next up."})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Option(names = "--target", paramLabel = "IRI", description = "Plan only what this item needs, and the item.")
    String target;

    @Option(names = "--learner", paramLabel = "NAME", description = "Whose progress and moves (default: me).")
    String learner;

    @Option(names = "--short", description = "Leave out optional steps (a second video on the same paper).")
    boolean brief;

    @Override
    public Integer call() {
        var who = Main.learner(spec, learner);
        try (StudyGraph sg = main.open()) {
            ReadingPlan plan = sg.plan(who, Optional.ofNullable(target));
            if (brief) plan = plan.withoutOptional();
            spec.commandLine().getOut().print(plan.text());
        }
        return 0;
    }
}
