package io.studygraph.sparql;

import io.studygraph.ingest.Bundle;
import java.util.List;
import java.util.Optional;

/** The example study questions shipped in {@code data/queries/}, shown in the workbench. */
public final class QueryGallery {
    private final List<GalleryQuery> queries;

    public QueryGallery() {
        this.queries = Bundle.queries().entrySet().stream().map(e -> GalleryQuery.parse(e.getKey(), e.getValue())).toList();
    }

    public List<GalleryQuery> all() {
        return queries;
    }

    public Optional<GalleryQuery> byId(String id) {
        return queries.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
