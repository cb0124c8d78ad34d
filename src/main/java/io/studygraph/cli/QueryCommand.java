package io.studygraph.cli;

import io.studygraph.StudyGraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", description = "Run a read-only SPARQL query (standard prefixes predeclared).")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPARQL")
    String sparql;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv for SELECT/ASK (default: ${DEFAULT-VALUE}); graphs print as Turtle.")
    Format format;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            Query query = sg.sparql().parse(sparql);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            sg.sparql().execute(query, json);
            String text = json.toString(StandardCharsets.UTF_8);
            if (query.isSelectType() && format != Format.json) {
                ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(json.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (format == Format.csv) ResultSetFormatter.outputAsCSV(out, rs);
                else ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                text = out.toString(StandardCharsets.UTF_8);
            } else if (query.isAskType() && format != Format.json) {
                text = ResultSetMgr.readBoolean(new java.io.ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON) ? "yes" : "no";
            }
            spec.commandLine().getOut().println(text.stripTrailing());
        }
        return 0;
    }
}
