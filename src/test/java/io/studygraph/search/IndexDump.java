package io.studygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Fingerprints of a search index on disk, the index's counterpart of {@code web.StoreDump}.
 * {@link #documents} reads what the last commit holds: every live document's stored fields, each
 * document as its sorted "field=value" lines, the documents sorted, with the commit's user data
 * (the store generation the index says it reflects). {@link #files} hashes the bytes of the
 * directory's files but the write lock: equal means no commit and no flush happened at all.
 */
public final class IndexDump {
    private IndexDump() {}

    /** What search would find after a restart: the committed documents and generation, independent of segment layout. */
    public static String documents(Path indexDir) {
        try (Directory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> documents = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) documents.add(fields(stored.document(doc)));
                }
            }
            documents.sort(null);
            documents.add("commit " + new TreeMap<>(reader.getIndexCommit().getUserData()));
            return documents.size() - 1 + " documents, sha256 " + sha256(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index in " + indexDir, e);
        }
    }

    /** The bytes of every file of the index directory but {@code write.lock}, by name. */
    public static String files(Path indexDir) {
        try (Stream<Path> paths = Files.list(indexDir)) {
            Map<String, String> hashes = new TreeMap<>();
            for (Path file : paths.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                hashes.put(file.getFileName().toString(), HexFormat.of().formatHex(digest().digest(Files.readAllBytes(file))));
            }
            return hashes.size() + " files, sha256 " + sha256(hashes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index files in " + indexDir, e);
        }
    }

    private static String fields(Document document) {
        List<String> lines = new ArrayList<>();
        for (IndexableField field : document.getFields()) {
            lines.add(field.name() + "=" + (field.stringValue() != null ? field.stringValue()
                    : field.numericValue() != null ? field.numericValue() : field.binaryValue()));
        }
        lines.sort(null);
        return String.join("\n", lines) + "\n\n";
    }

    private static String sha256(List<String> lines) {
        MessageDigest digest = digest();
        lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
