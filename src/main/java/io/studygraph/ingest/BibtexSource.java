package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * A BibTeX file, read with jbibtex: each entry becomes a paper, chapter or book with its ordered
 * authors, date, venue and identifiers, keyed and reconciled like a reading-list item.
 */
final class BibtexSource {
    private static final Pattern ARXIV_ID = Pattern.compile("^(?:arXiv:)?(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_JOURNAL = Pattern.compile("arXiv:\\s*(\\d{4}\\.\\d{4,5})", Pattern.CASE_INSENSITIVE);

    private BibtexSource() {}

    static Graph read(String name, String text, Resolver resolver, ImportReport report) {
        BibTeXDatabase db;
        try {
            db = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 0;
            throw new ImportException(name, line, "not valid BibTeX: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (TokenMgrException e) {
            throw new ImportException(name, 0, "not valid BibTeX: " + e.getMessage());
        }
        if (db.getEntries().isEmpty()) throw new ImportException(name, 0, "no BibTeX entries found");
        GraphWriter out = new GraphWriter(name);
        Entities entities = new Entities(resolver, out, report);
        db.getEntries().values().forEach(entry -> map(entry, lineOf(text, entry), entities, out, report));
        return out.model().getGraph();
    }

    private static void map(BibTeXEntry entry, int line, Entities entities, GraphWriter out, ImportReport report) {
        report.entry();
        String title = field(entry, BibTeXEntry.KEY_TITLE).orElse(null);
        if (title == null) {
            report.skip(line, "entry " + entry.getKey().getValue() + " has no title");
            return;
        }
        String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
        Kind kind = type.equals("book") ? Kind.BOOK : Kind.PAPER;
        EntryLinks links = EntryLinks.ofUrls(identifierLinks(entry), line);
        Node work = entities.work(kind, title, links, Optional.empty(), line);
        if (type.equals("incollection") || type.equals("inbook")) out.add(work, Vocab.TYPE, Vocab.CHAPTER);

        List<Node> authors = new ArrayList<>();
        for (String author : field(entry, BibTeXEntry.KEY_AUTHOR).map(BibtexSource::names).orElse(List.of())) {
            authors.add(entities.person(author, line));
        }
        authors.forEach(a -> out.add(work, Vocab.AUTHOR, a));
        if (!authors.isEmpty()) out.add(work, Vocab.AUTHOR_LIST, out.list(authors));

        field(entry, BibTeXEntry.KEY_YEAR).filter(y -> y.matches("\\d{4}")).ifPresent(year -> {
            Optional<Integer> month = field(entry, BibTeXEntry.KEY_MONTH).flatMap(BibtexSource::month);
            entities.date(work, month.isPresent()
                    ? new Dates.PartialDate(year + "-" + String.format("%02d", month.get()), Dates.PartialDate.Precision.MONTH)
                    : new Dates.PartialDate(year, Dates.PartialDate.Precision.YEAR));
        });
        Optional<String> venue = field(entry, BibTeXEntry.KEY_JOURNAL).or(() -> field(entry, BibTeXEntry.KEY_BOOKTITLE));
        venue.filter(v -> !ARXIV_JOURNAL.matcher(v).find()).ifPresent(v -> out.add(work, Vocab.VENUE, entities.org(v, line)));
        field(entry, BibTeXEntry.KEY_PUBLISHER).ifPresent(p -> out.add(work, Vocab.schema("publisher"), entities.org(p, line)));
        field(entry, BibTeXEntry.KEY_VOLUME).ifPresent(v -> out.text(work, Vocab.VOLUME, v));
        field(entry, BibTeXEntry.KEY_PAGES).ifPresent(p -> out.text(work, Vocab.PAGES, p.replaceAll("\\s*-+\\s*", "-")));
        field(entry, new Key("abstract")).ifPresent(a -> out.text(work, Vocab.schema("abstract"), a));
        LinkRelations relations = new LinkRelations(entities, out, report);
        for (LocatedLink l : links.own) relations.apply(work, kind, l, null);
    }

    /** DOI, arXiv eprint and url fields as the links they stand for. */
    private static List<String> identifierLinks(BibTeXEntry entry) {
        List<String> urls = new ArrayList<>();
        field(entry, BibTeXEntry.KEY_EPRINT).map(e -> ARXIV_ID.matcher(e.strip())).filter(Matcher::matches)
                .ifPresent(m -> urls.add("https://arxiv.org/abs/" + m.group(1)));
        field(entry, BibTeXEntry.KEY_JOURNAL).map(ARXIV_JOURNAL::matcher).filter(Matcher::find)
                .ifPresent(m -> urls.add("https://arxiv.org/abs/" + m.group(1)));
        field(entry, BibTeXEntry.KEY_DOI).ifPresent(doi -> urls.add("https://doi.org/" + doi.strip().replaceFirst("^https?://(dx\\.)?doi\\.org/", "")));
        field(entry, BibTeXEntry.KEY_URL).ifPresent(urls::add);
        return urls;
    }

    /** "Dhariwal, Prafulla and Nichol, Alexander and others" → given name first, "others" dropped. */
    static List<String> names(String authors) {
        List<String> out = new ArrayList<>();
        for (String part : authors.split("\\s+and\\s+")) {
            String p = part.strip();
            if (p.isEmpty() || p.equalsIgnoreCase("others")) continue;
            int comma = p.indexOf(',');
            out.add(comma < 0 ? p : (p.substring(comma + 1).strip() + " " + p.substring(0, comma).strip()).strip());
        }
        return out;
    }

    private static Optional<Integer> month(String m) {
        String lower = m.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("\\d{1,2}")) return Optional.of(Integer.parseInt(lower)).filter(i -> i >= 1 && i <= 12);
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        int i = lower.length() >= 3 ? names.indexOf(lower.substring(0, 3)) : -1;
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }

    /** A field as plain Unicode text ("G{\"o}del" → "Gödel"), braces gone. */
    private static Optional<String> field(BibTeXEntry entry, Key key) {
        Value value = entry.getField(key);
        if (value == null) return Optional.empty();
        String raw = value.toUserString();
        String text;
        try {
            text = raw.contains("\\") || raw.contains("{") ? new LaTeXPrinter().print(new LaTeXParser().parse(raw)) : raw;
        } catch (ParseException | TokenMgrException e) {
            text = raw.replaceAll("[{}]", "");
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static int lineOf(String text, BibTeXEntry entry) {
        Matcher m = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*" + Pattern.quote(entry.getKey().getValue()) + "\\s*,").matcher(text);
        if (!m.find()) return 0;
        return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }
}
