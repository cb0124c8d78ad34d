package io.studygraph.sparql;

import java.util.ArrayList;
import java.util.List;

/**
 * One study question of the query gallery, read from a {@code .rq} file whose comment header
 * gives its title, description and parameters:
 * <pre>
 * # title: Who co-authored with this person?
 * # description: Everyone who shares an author list with the chosen person.
 * # param: person person https://w3id.org/studygraph/id/person/alex-nichol
 * SELECT ... WHERE { ?work schema:author ?person ... }
 * </pre>
 * A parameter names a variable of the query, the kind of entity to pick for it, and a default.
 */
public record GalleryQuery(String id, String title, String description, List<Param> params, String query) {

    public record Param(String name, String kind, String defaultIri) {}

    static GalleryQuery parse(String fileName, String text) {
        String title = null;
        String description = "";
        List<Param> params = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("# title:")) title = line.substring(8).strip();
            else if (line.startsWith("# description:")) description = line.substring(14).strip();
            else if (line.startsWith("# param:")) {
                String[] p = line.substring(8).strip().split("\\s+");
                if (p.length != 3) throw new IllegalStateException(fileName + ": a param line needs a name, a kind and a default IRI");
                params.add(new Param(p[0], p[1], p[2]));
            } else body.append(line).append('\n');
        }
        if (title == null) throw new IllegalStateException(fileName + ": the query has no '# title:' line");
        return new GalleryQuery(fileName.replaceFirst("\\.rq$", ""), title, description, List.copyOf(params), body.toString().strip());
    }
}
