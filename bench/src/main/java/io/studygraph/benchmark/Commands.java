package io.studygraph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of both sides, with the same JVM options: StudyGraph as its users run it
 * ({@code java -jar studygraph.jar …}); Jena's tools and Fuseki as their own main classes on
 * this project's classpath, which holds jena-cmds, jena-text and jena-fuseki-main 5.6.0.
 */
final class Commands {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path jar;
    private final List<String> jvm;
    private final String classpath = System.getProperty("java.class.path");

    Commands(Path jar, List<String> jvm) {
        this.jar = jar.toAbsolutePath();
        this.jvm = jvm;
    }

    List<String> ours(String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    List<String> anchor(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", classpath, mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The anchor's assembler description for a TDB2 location and a text index directory; with
     * {@code service}, also the Fuseki service that serves it.
     */
    static Path anchorConfig(Path file, Path tdb, Path index, boolean service) {
        String text = resource("text-dataset.ttl").replace("@TDB@", tdb.toAbsolutePath().toString())
                .replace("@INDEX@", index.toAbsolutePath().toString());
        if (service) text += "\n" + resource("fuseki-service.ttl");
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Commands.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
