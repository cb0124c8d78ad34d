package io.studygraph.web;

import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import io.studygraph.search.SearchPropertyFunction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description of the endpoint, answered for {@code GET /sparql}. */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Store store;
    private final io.studygraph.sparql.SparqlService sparql;

    ServiceDescription(Store store, io.studygraph.sparql.SparqlService sparql) {
        this.store = store;
        this.sparql = sparql;
    }

    Model model(String endpointUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("sg", Vocab.SG);
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpointUrl))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                // Past this many rows an answer is cut, and its head links sg:truncated.
                .addLiteral(m.createProperty(Vocab.SG, "rowLimit"), m.createTypedLiteral(sparql.limits().maxRows()));
        // sg:search runs where the store runs our code (embedded TDB2), not on a remote server.
        if (sparql.offers(SearchPropertyFunction.IRI)) service.addProperty(m.createProperty(SD, "propertyFeature"), m.createResource(SearchPropertyFunction.IRI));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        for (String graph : store.graphNames()) {
            dataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(graph)));
        }
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }
}
