package io.studygraph.search;

import io.studygraph.graph.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Turns an {@link EntityDocument} into a Lucene document with its facets. */
final class Documents {
    static final FacetsConfig FACETS = facetsConfig();

    private Documents() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.CONCEPT, true);
        return config;
    }

    /**
     * Stored text whose postings carry offsets, so the highlighter reads where a word is from the
     * index instead of analysing the stored text again for every hit shown, which was two thirds
     * of a search's time on a large index. (People's names are not: their field also holds the
     * unstored other names, whose offsets would point past the stored text.)
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static final float MIN_IMPORTANCE = 1e-4f;

    static Document toLucene(EntityDocument e) {
        Document doc = new Document();
        doc.add(new StringField(Fields.IRI, e.iri(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, e.kind(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.KIND, e.kind()));
        if (e.year() != null) {
            doc.add(new StringField(Fields.YEAR, e.year(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, e.year()));
        }
        doc.add(new Field(Fields.LABEL, e.label(), TEXT_WITH_OFFSETS));
        // A note's label only repeats its entity's name: autocomplete and "did you mean" leave it out.
        if (!e.isNote()) {
            doc.add(new TextField(Fields.SPELL, e.label(), Field.Store.NO));
            doc.add(new TextField(Fields.SUGGEST, e.label(), Field.Store.NO));
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()), e.altLabels().stream()).toList()) {
                keys.add(Slugs.of(name));
                // A person is also found by every spelling that may be theirs ("J. Ho"): reconciliation confirms which.
                if (e.kind().equals(io.studygraph.graph.Kind.PERSON.slug())) io.studygraph.graph.PersonName.parse(name).matchKey().ifPresent(keys::add);
            }
            keys.forEach(key -> doc.add(new StringField(Fields.NAME_KEY, key, Field.Store.NO)));
        }
        for (String alt : e.altLabels()) {
            doc.add(new Field(Fields.ALT, alt, TEXT_WITH_OFFSETS));
            doc.add(new TextField(Fields.SPELL, alt, Field.Store.NO));
            doc.add(new TextField(Fields.SUGGEST, alt, Field.Store.NO));
        }
        for (String person : e.people()) {
            doc.add(new TextField(Fields.PEOPLE, person, Field.Store.YES));
            doc.add(new TextField(Fields.SPELL, person, Field.Store.NO));
        }
        // Found by any name, shown by one: a hit lists each person once.
        for (String name : e.otherPeopleNames()) {
            doc.add(new TextField(Fields.PEOPLE, name, Field.Store.NO));
            doc.add(new TextField(Fields.SPELL, name, Field.Store.NO));
        }
        e.texts().forEach(t -> doc.add(new Field(Fields.TEXT, t, TEXT_WITH_OFFSETS)));
        for (String concept : e.concepts()) {
            doc.add(new Field(Fields.CONCEPTS, concept, TEXT_WITH_OFFSETS));
            doc.add(new SortedSetDocValuesFacetField(Fields.CONCEPT, concept));
        }
        e.related().forEach(r -> doc.add(new TextField(Fields.RELATED, r, Field.Store.NO)));
        for (String id : e.identifiers()) {
            doc.add(new TextField(Fields.ID, id, Field.Store.NO));
            doc.add(new TextField(Fields.ID_TEXT, id, Field.Store.NO));
        }
        e.sources().forEach(s -> doc.add(new StringField(Fields.SOURCE, s, Field.Store.NO)));
        // FeatureField takes positive values only; an unlinked entity ranks as the least central.
        doc.add(new org.apache.lucene.document.FeatureField(Fields.FEATURES, Fields.IMPORTANCE, (float) Math.max(e.importance(), MIN_IMPORTANCE)));
        doc.add(new StoredField("people_count", e.people().size()));
        if (e.learner() != null) doc.add(new StringField(Fields.LEARNER, e.learner(), Field.Store.YES));
        if (e.on() != null) doc.add(new StoredField(Fields.ON, e.on()));
        try {
            return FACETS.build(doc);
        } catch (IOException e1) {
            throw new UncheckedIOException("Cannot build facets for " + e.iri(), e1);
        }
    }
}
