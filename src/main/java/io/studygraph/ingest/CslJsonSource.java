package io.studygraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A CSL-JSON file (Zotero's "Export → CSL JSON", what citeproc reads): an array of items, each
 * read into a {@link WorkRecord} and mapped as every bibliographic record is ({@link WorkRecords}).
 * An item that is not an object is skipped with its index and line; a file that is not JSON, or
 * not an array of items, is refused with the line where it goes wrong.
 */
final class CslJsonSource {
    /** Items nest three or four deep; past 100 is a hostile file, refused before the tree reader recurses ({@link RdfNesting}). */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build()).build());

    /** An item and the line its object opens on. */
    private record Item(int index, int line, JsonNode json) {
        String label() {
            String id = text("id");
            return "item " + index + (id == null ? "" : " (id " + id + ")");
        }

        String text(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) return null;
            // container-title is sometimes an array of one; volume and page are sometimes numbers.
            if (v.isArray()) v = v.size() > 0 ? v.get(0) : null;
            return v == null || v.isContainerNode() || v.asText().isBlank() ? null : v.asText().strip();
        }
    }

    private CslJsonSource() {}

    static List<WorkRecord> records(String name, String text, ImportReport report) {
        return items(name, text, report).stream().map(CslJsonSource::record).toList();
    }

    private static List<Item> items(String name, String text, ImportReport report) {
        List<Item> items = new ArrayList<>();
        JsonParser parser;
        try {
            parser = JSON.getFactory().createParser(text);
        } catch (IOException e) {
            throw new ImportException(name, 0, "cannot read: " + e.getMessage());
        }
        try (JsonParser p = parser) {
            JsonToken first = p.nextToken();
            if (first == null) throw new ImportException(name, 0, "empty: a CSL JSON file is an array of items");
            if (first == JsonToken.START_OBJECT) {
                // One item alone, as some tools copy a single reference.
                int line = line(p);
                JsonNode item = p.readValueAsTree();
                if (item.has("@context") || item.has("@graph")) {
                    throw new ImportException(name, line, "this is JSON-LD, not CSL JSON: name it .jsonld to import it as RDF");
                }
                items.add(new Item(1, line, item));
            } else if (first != JsonToken.START_ARRAY) {
                throw new ImportException(name, line(p), "not CSL JSON: expected an array of items");
            } else {
                for (int index = 1; p.nextToken() != JsonToken.END_ARRAY; index++) {
                    int line = line(p);
                    JsonNode item = p.readValueAsTree();
                    if (item != null && item.isObject()) items.add(new Item(index, line, item));
                    else skip(report, index, line, "is not an object: left out");
                }
            }
            if (p.nextToken() != null) throw new ImportException(name, line(p), "not CSL JSON: text after the end of the array");
        } catch (StreamConstraintsException e) {
            throw new ImportException(name, parser.currentLocation().getLineNr(), "JSON nested more than 100 deep; at most 100 are read");
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
            String why = "not valid JSON: " + e.getOriginalMessage();
            if (at.getLineNr() > 0 && at.getColumnNr() > 0) throw new ImportException(name, at.getLineNr(), at.getColumnNr(), why);
            throw new ImportException(name, Math.max(at.getLineNr(), 0), why);
        } catch (IOException e) {
            throw new ImportException(name, 0, "cannot read: " + e.getMessage());
        }
        if (items.isEmpty()) throw new ImportException(name, 0, "no CSL JSON items found");
        return items;
    }

    private static void skip(ImportReport report, int index, int line, String why) {
        report.entry();
        report.skip(line, "item " + index + " " + why);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static WorkRecord record(Item item) {
        String type = Optional.ofNullable(item.text("type")).orElse("");
        WorkRecord.Form form = switch (type) {
            case "book" -> WorkRecord.Form.BOOK;
            case "chapter", "entry-encyclopedia", "entry-dictionary", "entry" -> WorkRecord.Form.CHAPTER;
            case "webpage", "post-weblog", "post" -> WorkRecord.Form.WEB_PAGE;
            case "motion_picture", "broadcast" -> WorkRecord.Form.VIDEO;
            case "software" -> WorkRecord.Form.SOFTWARE;
            default -> WorkRecord.Form.ARTICLE;
        };
        String url = item.text("URL");
        List<String> urls = url == null ? List.of() : LinkClassifier.findUrls(url);
        String venue = item.text("container-title");
        // Zotero puts an arXiv preprint's id in "number" ("arXiv:2006.11239") and often in "note".
        String arxiv = WorkRecord.arxivIdIn(url, item.text("note"), item.text("number"), venue).orElse(null);
        List<String> keywords = Optional.ofNullable(item.text("keyword")).stream()
                .flatMap(k -> Stream.of(k.split("\\s*[,;]\\s*"))).filter(k -> !k.isBlank()).toList();
        return new WorkRecord(item.label(), item.line(), form, item.text("title"), authors(item.json().get("author")),
                date(item.json().get("issued")), venue, item.text("publisher"), item.text("volume"), item.text("page"),
                item.text("abstract"), keywords, arxiv, item.text("DOI"), urls);
    }

    /** {"family": "Ho", "given": "Jonathan"} → "Jonathan Ho", with particles and suffix; {"literal": "OpenAI"} as written. */
    private static List<String> authors(JsonNode authors) {
        if (authors == null || !authors.isArray()) return List.of();
        List<String> names = new ArrayList<>();
        for (JsonNode a : authors) {
            String literal = a.path("literal").asText("").strip();
            String name = !literal.isEmpty() ? literal : Stream.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix")
                    .map(f -> a.path(f).asText("").strip()).filter(s -> !s.isEmpty()).reduce((x, y) -> x + " " + y).orElse("");
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }

    /** {"date-parts": [[2020, 6, 19]]} (numbers or strings), else {"raw": "2020-06-19"} or {"literal": "June 2020"}. */
    private static Dates.PartialDate date(JsonNode issued) {
        if (issued == null || !issued.isObject()) return null;
        JsonNode parts = issued.path("date-parts").path(0);
        if (parts.isArray() && parts.size() > 0) {
            List<Integer> numbers = StreamSupport.stream(parts.spliterator(), false)
                    .map(n -> n.asText().strip()).takeWhile(s -> s.matches("-?\\d+")).map(Integer::valueOf).toList();
            if (!numbers.isEmpty()) {
                return Dates.of(numbers.get(0), numbers.size() > 1 ? numbers.get(1) : null, numbers.size() > 2 ? numbers.get(2) : null)
                        .orElse(null);
            }
        }
        String written = issued.path("raw").asText(issued.path("literal").asText(""));
        Optional<Dates.PartialDate> found = Dates.find(written).map(Dates.Found::date);
        if (found.isEmpty() && written.strip().matches("\\d{4}")) return Dates.of(Integer.parseInt(written.strip()), null, null).orElse(null);
        return found.orElse(null);
    }
}
