package io.studygraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How the alignment converts a foreign value for one of StudyGraph's properties ({@code al:value}
 * in {@code ontology/alignment.ttl}). A value that does not convert is left out rather than
 * stored in a form the shapes would reject.
 */
enum AlignedValue {
    /** Kept as written. */
    ANY,
    /** A string (a language tag is kept); IRIs are not text. */
    TEXT,
    /** xsd:date, xsd:gYearMonth or xsd:gYear, from typed or plain ISO forms ("1949-08", "2014-04-16T10:00Z"). */
    DATE,
    /** An http(s) IRI, also from a string that holds one. */
    IRI,
    /** A bare DOI ("10.1038/nature13195") from a DOI, "doi:…" or a doi.org address; anything else is not one. */
    DOI;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
    private static final Pattern DOI_PATTERN = Pattern.compile(
            "^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)$", Pattern.CASE_INSENSITIVE);

    /** The {@code al:} local name of the rule, as {@code alignment.ttl} writes it. */
    static AlignedValue ofLocalName(String local) {
        return switch (local) {
            case "Text" -> TEXT;
            case "Date" -> DATE;
            case "Iri" -> IRI;
            case "Doi" -> DOI;
            default -> throw new IllegalArgumentException("unknown al:value rule al:" + local);
        };
    }

    Optional<Node> convert(Node value) {
        return switch (this) {
            case ANY -> Optional.of(value);
            case TEXT -> value.isLiteral() ? Optional.of(text(value)) : Optional.empty();
            case DATE -> value.isLiteral() ? date(value.getLiteralLexicalForm().trim()) : Optional.empty();
            case IRI -> iri(value);
            case DOI -> doi(value.isURI() ? value.getURI() : value.isLiteral() ? value.getLiteralLexicalForm() : "");
        };
    }

    private static Node text(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() ? NodeFactory.createLiteralString(literal.getLiteralLexicalForm())
                : NodeFactory.createLiteralLang(literal.getLiteralLexicalForm(), lang);
    }

    private static Optional<Node> date(String lexical) {
        Matcher m = ISO_DATE.matcher(lexical);
        if (!m.matches()) return Optional.empty();
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(2) != null && (month < 1 || month > 12)) return Optional.empty();
        if (m.group(3) != null) {
            String day = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            try {
                java.time.LocalDate.parse(day);
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
            return Optional.of(NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate));
        }
        if (m.group(2) != null) return Optional.of(NodeFactory.createLiteralDT(m.group(1) + "-" + m.group(2), XSDDatatype.XSDgYearMonth));
        return Optional.of(NodeFactory.createLiteralDT(m.group(1), XSDDatatype.XSDgYear));
    }

    private static Optional<Node> iri(Node value) {
        String text = value.isURI() ? value.getURI() : value.isLiteral() ? value.getLiteralLexicalForm().trim() : "";
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || text.contains(" ")) return Optional.empty();
        return Optional.of(NodeFactory.createURI(text));
    }

    private static Optional<Node> doi(String text) {
        Matcher m = DOI_PATTERN.matcher(text.trim());
        return m.matches() ? Optional.of(NodeFactory.createLiteralString(m.group(1))) : Optional.empty();
    }
}
