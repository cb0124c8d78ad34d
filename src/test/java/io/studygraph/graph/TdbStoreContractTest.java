package io.studygraph.graph;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded TDB2, on disk. */
class TdbStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Store open() {
        return TdbStore.open(dir);
    }
}
