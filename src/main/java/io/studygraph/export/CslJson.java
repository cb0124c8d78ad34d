package io.studygraph.export;

import io.studygraph.graph.PersonName;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSL-JSON items, as Zotero and citeproc read them: {@code id}, {@code type}, {@code title},
 * {@code author} as {@code {family, given}} (one-word names as {@code literal}), {@code issued} as
 * {@code date-parts}, {@code container-title}, {@code volume}, {@code DOI}, {@code URL}. Written
 * item by item to a streaming generator.
 */
public final class CslJson {
    private CslJson() {}

    /** Writes one item object; {@code id} is the item's key (the BibTeX key, so both exports agree). */
    public static void write(CitedWork work, String id, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("type", type(work));
        json.writeStringField("title", work.title());
        if (!work.authors().isEmpty()) {
            json.writeArrayFieldStart("author");
            for (String name : work.authors()) {
                PersonName parsed = PersonName.parse(name);
                json.writeStartObject();
                if (parsed.given().isEmpty()) json.writeStringField("literal", parsed.family());
                else {
                    json.writeStringField("family", parsed.family());
                    json.writeStringField("given", String.join(" ", parsed.given()));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        List<Integer> parts = dateParts(work.date());
        if (!parts.isEmpty()) {
            json.writeObjectFieldStart("issued");
            json.writeArrayFieldStart("date-parts");
            json.writeStartArray();
            for (int part : parts) json.writeNumber(part);
            json.writeEndArray();
            json.writeEndArray();
            json.writeEndObject();
        }
        field(json, "container-title", work.venue());
        field(json, "volume", work.volume());
        field(json, "DOI", work.doi());
        field(json, "URL", work.url() != null ? work.url() : work.link());
        if (work.arxivId() != null) field(json, "number", "arXiv:" + work.arxivId());
        json.writeEndObject();
    }

    /** The CSL type: the BibTeX type decides for papers; CSL 1.0.2's "article" is a preprint. */
    static String type(CitedWork work) {
        return switch (work.kind()) {
            case "book" -> "book";
            case "video" -> "motion_picture";
            case "repo" -> "software";
            case "tutorial" -> "post-weblog";
            case "question" -> "webpage";
            default -> switch (Bibtex.type(work)) {
                case "inproceedings" -> "paper-conference";
                case "article" -> "article-journal";
                default -> "article";
            };
        };
    }

    static List<Integer> dateParts(String date) {
        List<Integer> parts = new ArrayList<>();
        if (date == null) return parts;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?").matcher(date);
        if (!m.lookingAt()) return parts;
        for (int i = 1; i <= 3 && m.group(i) != null; i++) parts.add(Integer.parseInt(m.group(i)));
        return parts;
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) json.writeStringField(name, value);
    }
}
