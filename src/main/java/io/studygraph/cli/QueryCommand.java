package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.sparql.ResultFormat;
import io.studygraph.sparql.SparqlException;
import io.studygraph.sparql.SparqlService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a read-only SPARQL query (standard prefixes predeclared).")
final class QueryCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPARQL")
    String sparql;

    @Option(names = "--format", description = "SELECT/ASK: table (default), json, xml, csv, tsv. "
            + "CONSTRUCT/DESCRIBE: turtle (default), jsonld, nt, rdfxml, trig.")
    String format;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            Query query = sg.sparql().parse(sparql);
            SparqlService.Answer answer = sg.sparql().run(query);
            String text;
            if ((format == null || format.equals("table")) && answer.rows() != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.out(out, answer.rows(), query.getPrefixMapping());
                text = out.toString(StandardCharsets.UTF_8);
            } else if ((format == null || format.equals("table")) && answer.bool() != null) {
                text = answer.bool() ? "yes" : "no";
            } else {
                ResultFormat f = format == null ? ResultFormat.defaultFor(query)
                        : ResultFormat.byName(format, query).orElseThrow(() -> new SparqlException("Format '" + format
                                + "' does not fit a " + query.queryType().name() + " query"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SparqlService.write(answer, f, out);
                text = out.toString(StandardCharsets.UTF_8);
            }
            spec.commandLine().getOut().println(text.stripTrailing());
            if (answer.truncated()) spec.commandLine().getErr().println("warning: only the first " + sg.sparql().limits().maxRows() + " rows are shown");
        }
        return 0;
    }
}
