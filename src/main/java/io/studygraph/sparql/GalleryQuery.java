package io.studygraph.sparql;

import io.studygraph.graph.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One study question of the query gallery, read from a {@code .rq} file whose comment header
 * gives its title, description and parameters:
 * <pre>
 * # title: Who co-authored with this person?
 * # description: Everyone who shares an author list with the chosen person.
 * # param: person person https://w3id.org/studygraph/id/person/alex-nichol
 * # param: topic text "classifier guidance"
 * # param: atLeast number 2
 * SELECT ... WHERE { ?work schema:author ?person ... }
 * </pre>
 * A parameter names a variable of the query, what it holds (an entity kind, {@code text} or
 * {@code number}) and a default. The header is all comments, so the file stays plain SPARQL.
 */
public record GalleryQuery(String id, String title, String description, List<Param> params, String query) {

    /** The parameter kinds that hold a literal rather than an entity. */
    public static final String TEXT = "text";
    public static final String NUMBER = "number";

    private static final Pattern PARAM = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * {@code kind} is an entity kind's slug ({@code person}), {@code text} or {@code number};
     * {@code defaultValue} is an IRI for an entity, the words for text, the digits for a number.
     */
    public record Param(String name, String kind, String defaultValue) {
        public Param {
            boolean known = TEXT.equals(kind) || NUMBER.equals(kind) || Kind.fromSlug(kind).isPresent();
            if (!known) throw new IllegalArgumentException("parameter ?" + name + ": unknown kind '" + kind + "'");
            if (NUMBER.equals(kind) && !DECIMAL.matcher(defaultValue).matches()) {
                throw new IllegalArgumentException("parameter ?" + name + ": '" + defaultValue + "' is not a number");
            }
        }

        /** The default as an RDF term: an IRI, a string or a number, the way the workbench binds it. */
        public Node defaultNode() {
            if (TEXT.equals(kind)) return NodeFactory.createLiteralString(defaultValue);
            if (NUMBER.equals(kind)) {
                return NodeFactory.createLiteralDT(defaultValue, defaultValue.contains(".") ? XSDDatatype.XSDdecimal : XSDDatatype.XSDinteger);
            }
            return NodeFactory.createURI(defaultValue);
        }
    }

    static GalleryQuery parse(String fileName, String text) {
        String title = null;
        String description = "";
        List<Param> params = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("# title:")) title = line.substring(8).strip();
            else if (line.startsWith("# description:")) description = line.substring(14).strip();
            else if (line.startsWith("# param:")) params.add(param(fileName, line.substring(8).strip()));
            else body.append(line).append('\n');
        }
        if (title == null) throw new IllegalStateException(fileName + ": the query has no '# title:' line");
        return new GalleryQuery(fileName.replaceFirst("\\.rq$", ""), title, description, List.copyOf(params), body.toString().strip());
    }

    // "topic text "classifier guidance"": a text default is quoted, so it may hold spaces.
    private static Param param(String fileName, String spec) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) throw new IllegalStateException(fileName + ": a param line needs a name, a kind and a default");
        String value = m.group(3).strip();
        if (TEXT.equals(m.group(2))) {
            Matcher quoted = QUOTED.matcher(value);
            if (!quoted.matches()) throw new IllegalStateException(fileName + ": the default of text parameter ?" + m.group(1) + " goes in double quotes");
            value = quoted.group(1);
        }
        try {
            return new Param(m.group(1), m.group(2), value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(fileName + ": " + e.getMessage(), e);
        }
    }
}
