package io.studygraph.graph;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * A remote query's execution as callers see it: every skolem IRI of an answer read back as its
 * blank node ({@link Skolem}); the rest is the HTTP execution's. It has no local dataset.
 */
final class RemoteExecution implements QueryExecution {
    private final QueryExecution http;

    RemoteExecution(QueryExecution http) {
        this.http = http;
    }

    @Override
    public ResultSet execSelect() {
        RowSet rows = RowSet.adapt(http.execSelect());
        return ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(rows.getResultVars(), Iter.map(rows, Skolem::in)));
    }

    @Override
    public Model execConstruct() {
        return execConstruct(ModelFactory.createDefaultModel());
    }

    @Override
    public Model execConstruct(Model model) {
        execConstructTriples().forEachRemaining(model.getGraph()::add);
        return model;
    }

    @Override
    public Iterator<Triple> execConstructTriples() {
        return Iter.map(http.execConstructTriples(), Skolem::in);
    }

    @Override
    public Iterator<Quad> execConstructQuads() {
        return Iter.map(http.execConstructQuads(), q -> Quad.create(Skolem.in(q.getGraph()), Skolem.in(q.asTriple())));
    }

    @Override
    public Dataset execConstructDataset() {
        return execConstructDataset(org.apache.jena.query.DatasetFactory.create());
    }

    @Override
    public Dataset execConstructDataset(Dataset dataset) {
        execConstructQuads().forEachRemaining(dataset.asDatasetGraph()::add);
        return dataset;
    }

    @Override
    public Model execDescribe() {
        return execDescribe(ModelFactory.createDefaultModel());
    }

    @Override
    public Model execDescribe(Model model) {
        execDescribeTriples().forEachRemaining(model.getGraph()::add);
        return model;
    }

    @Override
    public Iterator<Triple> execDescribeTriples() {
        return Iter.map(http.execDescribeTriples(), Skolem::in);
    }

    @Override
    public boolean execAsk() {
        return http.execAsk();
    }

    /** JSON answers are the server's as they are: their values are strings, not nodes. */
    @Override
    public JsonArray execJson() {
        return http.execJson();
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
        return http.execJsonItems();
    }

    @Override
    public Dataset getDataset() { return null; }

    @Override
    public Context getContext() { return http.getContext(); }

    @Override
    public Query getQuery() { return http.getQuery(); }

    @Override
    public String getQueryString() { return http.getQueryString(); }

    @Override
    public void abort() { http.abort(); }

    @Override
    public void close() { http.close(); }

    @Override
    public boolean isClosed() { return http.isClosed(); }

    @Override
    public long getTimeout1() { return http.getTimeout1(); }

    @Override
    public long getTimeout2() { return http.getTimeout2(); }
}
