package io.studygraph.graph;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on Fuseki over TDB2, reaching the union through Jena's own union graph
 * ({@code urn:x-arq:UnionGraph}) instead of listing the graphs: what to use on a Jena server.
 */
class SparqlStoreContractUnionGraphTest extends SparqlStoreContractTest {
    static DatasetGraph tdb;
    static FusekiServer tdbFuseki;

    @BeforeAll
    static void startFusekiOverTdb() {
        // TDB2 in memory: the same transactions and union graph as on disk, without a disk per test.
        tdb = DatabaseMgr.createDatasetGraph();
        tdbFuseki = FusekiServer.create().loopback(true).port(0).add("/ds", tdb).build().start();
    }

    @AfterAll
    static void stopFusekiOverTdb() {
        tdbFuseki.stop();
        tdb.close();
    }

    @Override
    Store open() {
        Txn.executeWrite(tdb, tdb::clear);
        return new SparqlStore(endpoints(tdbFuseki).withUnionGraph(SparqlEndpoints.JENA_UNION_GRAPH), RemoteAccess.anonymous());
    }
}
