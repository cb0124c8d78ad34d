package io.studygraph.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Reads the entries of a BibTeX file with jbibtex, in file order and with the line each starts on,
 * keeping entries that share a key (jbibtex's map would keep only the last). A file jbibtex cannot
 * read whole is read entry by entry, so one broken entry is reported and the rest still import.
 * A {@code crossref} fills the fields an entry leaves out from the entry it names.
 */
final class BibtexEntries {
    private static final Pattern HEADER = Pattern.compile("@\\s*(\\w+)\\s*[{(]\\s*([^,\\s]+)\\s*,");
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^[ \\t]*@");

    private BibtexEntries() {}

    static List<BibtexEntry> read(String name, String text, ImportReport report) {
        List<BibtexEntry> entries;
        try {
            entries = entries(parser().parse(new StringReader(text)), text, 1);
        } catch (ParseException | TokenMgrException | ObjectResolutionException e) {
            entries = null;
        }
        // jbibtex keeps one entry per key; a file with a key used twice is read entry by entry too.
        if (entries == null || entries.size() < HEADER.matcher(text).results().count()) entries = entryByEntry(name, text, report);
        if (entries.isEmpty()) throw new ImportException(name, 0, "no BibTeX entries found");
        return withCrossrefs(entries, report);
    }

    /** jbibtex's parser, told not to fail on a crossref to an entry the file lacks: that is reported later. */
    private static BibTeXParser parser() {
        try {
            return new BibTeXParser() {
                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) { }
            };
        } catch (ParseException | TokenMgrException e) {
            throw new IllegalStateException("cannot create the BibTeX parser", e);
        }
    }

    /** Each "@" at the start of a line begins a piece parsed alone; @string macros carry over. */
    private static List<BibtexEntry> entryByEntry(String name, String text, ImportReport report) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = ENTRY_START.matcher(text);
        while (m.find()) starts.add(m.start());
        List<BibtexEntry> entries = new ArrayList<>();
        Map<Key, BibTeXString> macros = new LinkedHashMap<>();
        ImportException firstError = null;
        Lines lines = new Lines(text);
        for (int i = 0; i < starts.size(); i++) {
            String piece = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            int line = lines.at(starts.get(i));
            try {
                BibTeXParser parser = parser();
                macros.values().forEach(parser::addMacro);
                BibTeXDatabase db = parser.parse(new StringReader(piece));
                macros.putAll(db.getStrings());
                entries.addAll(entries(db, piece, line));
            } catch (ParseException | TokenMgrException | ObjectResolutionException e) {
                // A broken entry inside the file is left out; one the file ends inside means the
                // file itself is cut short (a copy or a download that stopped): all of it is refused.
                if (i == starts.size() - 1 && unclosed(piece)) throw cutShort(name, line, piece);
                String why = "not valid BibTeX: " + e.getMessage().lines().findFirst().orElse("");
                if (firstError == null) firstError = new ImportException(name, line, why);
                report.entry();
                report.skip(line, "entry left out, " + why);
            }
        }
        if (entries.isEmpty() && firstError != null) throw firstError;
        return entries;
    }

    /** More braces opened than closed by the end of the text (a backslash escapes one, as in {@code \\{}). */
    private static boolean unclosed(String piece) {
        int depth = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '\\') i++;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
        }
        return depth > 0;
    }

    private static ImportException cutShort(String name, int line, String piece) {
        Matcher header = HEADER.matcher(piece);
        String entry = header.lookingAt() ? "entry " + header.group(2) : "the entry";
        return new ImportException(name, line, entry + " starts here and the file ends inside it, before its closing brace: "
                + "is the file cut short? Nothing of it was imported");
    }

    /** The database's entries in file order, each with the line (counted from {@code firstLine}) of its header. */
    private static List<BibtexEntry> entries(BibTeXDatabase db, String text, int firstLine) {
        List<BibtexEntry> entries = new ArrayList<>();
        Matcher header = HEADER.matcher(text);
        Lines lines = new Lines(text);
        for (BibTeXObject object : db.getObjects()) {
            if (!(object instanceof BibTeXEntry entry)) continue;
            String key = entry.getKey().getValue();
            int line = 0;
            while (header.find()) {
                if (header.group(2).equalsIgnoreCase(key)) {
                    line = firstLine + lines.at(header.start()) - 1;
                    break;
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            entry.getFields().forEach((k, v) -> fields.put(k.getValue().toLowerCase(Locale.ROOT), v.toUserString()));
            entries.add(new BibtexEntry(entry.getType().getValue().toLowerCase(Locale.ROOT), key, line, fields));
        }
        return entries;
    }

    /** "crossref = {icml2019}": the booktitle, year, editor ... the entry leaves out come from icml2019. */
    private static List<BibtexEntry> withCrossrefs(List<BibtexEntry> entries, ImportReport report) {
        Map<String, BibtexEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e));
        List<BibtexEntry> resolved = new ArrayList<>();
        for (BibtexEntry e : entries) {
            String ref = e.raw("crossref").map(r -> r.strip().toLowerCase(Locale.ROOT)).orElse(null);
            BibtexEntry parent = ref == null ? null : byKey.get(ref);
            if (ref != null && parent == null) report.warn(e.line(), "crossref " + ref + " names no entry of this file");
            if (parent == null) {
                resolved.add(e);
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>(e.fields());
            parent.fields().forEach((k, v) -> {
                if (!k.equals("crossref") && !k.equals("title")) fields.putIfAbsent(k, v);
            });
            // A proceedings' own title is the booktitle of the papers in it.
            if (!fields.containsKey("booktitle")) parent.raw("title").ifPresent(t -> fields.put("booktitle", t));
            resolved.add(new BibtexEntry(e.type(), e.key(), e.line(), fields));
        }
        return resolved;
    }

    /**
     * Line numbers of offsets asked for in increasing order, counted on from the last one: counting
     * from the start for each entry made a file of many entries cost the square of its size.
     */
    private static final class Lines {
        private final String text;
        private int offset;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(int target) {
            if (target < offset) {
                offset = 0;
                line = 1;
            }
            for (; offset < target; offset++) if (text.charAt(offset) == '\n') line++;
            return line;
        }
    }
}
