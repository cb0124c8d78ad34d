package io.studygraph.ingest;

import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;

/**
 * Types the plain strings hand-written RDF gives where the shapes ask for a datatype:
 * {@code schema:datePublished "2023-03-02"} becomes an xsd:date, "2023-03" an xsd:gYearMonth,
 * "2023" an xsd:gYear, "12" an xsd:integer where the shapes want one. Only a lexical form that
 * is exactly one of those and valid for exactly one datatype the shapes allow is typed, with a
 * warning naming the line; "03/02/2023" or "2023-02-30" stay as written for the shapes to reject.
 * Which properties want which datatypes is read from the shapes, so a new shape needs no code.
 */
final class PlainLiterals {
    private static final Pattern TYPABLE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|[+-]?\\d{1,18}");
    /** Past this many, one warning counts the rest: a generated file may write thousands. */
    private static final int MAX_WARNINGS = 20;

    /** Property → the datatypes its shapes accept. */
    private final Map<Node, List<RDFDatatype>> wanted;

    private PlainLiterals(Map<Node, List<RDFDatatype>> wanted) {
        this.wanted = wanted;
    }

    /**
     * The datatypes each property's shapes accept: {@code sh:path P ; sh:datatype D} and
     * {@code sh:path P ; sh:or ( [ sh:datatype D1 ] [ sh:datatype D2 ] )}.
     */
    static PlainLiterals of(Graph shapes) {
        Map<Node, List<RDFDatatype>> wanted = new LinkedHashMap<>();
        for (Triple t : shapes.find(Node.ANY, SHACL.path, Node.ANY).toList()) {
            if (!t.getObject().isURI()) continue;
            List<Node> types = new ArrayList<>();
            shapes.find(t.getSubject(), SHACL.datatype, Node.ANY).forEachRemaining(d -> types.add(d.getObject()));
            shapes.find(t.getSubject(), SHACL.or, Node.ANY).forEachRemaining(or -> {
                for (Node alternative : members(shapes, or.getObject())) {
                    shapes.find(alternative, SHACL.datatype, Node.ANY).forEachRemaining(d -> types.add(d.getObject()));
                }
            });
            for (Node type : types) {
                if (!type.isURI()) continue;
                RDFDatatype datatype = TypeMapper.getInstance().getSafeTypeByName(type.getURI());
                List<RDFDatatype> list = wanted.computeIfAbsent(t.getObject(), p -> new ArrayList<>());
                if (!list.contains(datatype)) list.add(datatype);
            }
        }
        return new PlainLiterals(wanted);
    }

    /** Types the plain strings of {@code graph} in place, warning with the line of each subject. */
    void type(Graph graph, Validator.LineLocator lines, ImportReport report) {
        List<ImportReport.Note> notes = new ArrayList<>();
        for (Map.Entry<Node, List<RDFDatatype>> e : wanted.entrySet()) {
            if (e.getValue().contains(XSDDatatype.XSDstring)) continue;
            for (Triple t : graph.find(Node.ANY, e.getKey(), Node.ANY).toList()) {
                Node value = t.getObject();
                if (!value.isLiteral() || !XSDDatatype.XSDstring.equals(value.getLiteralDatatype())) continue;
                String lexical = value.getLiteralLexicalForm();
                if (!TYPABLE.matcher(lexical).matches()) continue;
                List<RDFDatatype> fits = e.getValue().stream().filter(d -> d.isValid(lexical)).toList();
                if (fits.size() != 1) continue;
                graph.delete(t);
                graph.add(Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralDT(lexical, fits.get(0))));
                notes.add(new ImportReport.Note(lines.lineOf(t.getSubject()), Validator.describe(t.getSubject()) + ": "
                        + shortName(e.getKey()) + " \"" + lexical + "\" is a plain string; typed it "
                        + shortName(NodeFactory.createURI(fits.get(0).getURI())) + "."));
            }
        }
        // In file order, whatever order the graph gives its triples in.
        notes.sort(java.util.Comparator.comparingInt(ImportReport.Note::line));
        notes.stream().limit(MAX_WARNINGS).forEach(n -> report.warn(n.line(), n.message()));
        if (notes.size() > MAX_WARNINGS) report.warn(0, (notes.size() - MAX_WARNINGS) + " more plain strings typed as dates or numbers.");
    }

    private static List<Node> members(Graph graph, Node list) {
        List<Node> members = new ArrayList<>();
        Node cell = list;
        while (cell != null && !cell.equals(RDF.Nodes.nil) && members.size() < 100) {
            Node c = cell;
            graph.find(c, RDF.Nodes.first, Node.ANY).nextOptional().ifPresent(f -> members.add(f.getObject()));
            cell = graph.find(c, RDF.Nodes.rest, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        }
        return members;
    }

    private static String shortName(Node iri) {
        String prefixed = Vocab.prefixes().shortForm(iri.getURI());
        return prefixed.equals(iri.getURI()) ? "<" + iri.getURI() + ">" : prefixed;
    }
}
