package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the text of a link says the link is: lists label their links "[Paper]", "[Github]",
 * "[Video]", "[Book (Amazon)]", "[Website-Part 1]", "[NIPS paper]". Such a label names the kind
 * of thing behind the link, not the work itself.
 */
final class LinkLabels {
    private static final String WORDS = "paper|papers|pdf|arxiv|doi|thesis|report|openreview|abstract|docs|documents"
            + "|code|codes|github|gitlab|implementation|colab|notebook|repo|repository"
            + "|video|videos|talk|youtube|recording|videolectures|lecture video"
            + "|book|ebook|book chapter|chapter"
            + "|website|web|site|blog|post|article|article\\d|page|project|project page|homepage|class website|course"
            + "|slides|tutorial|demo|summary|dataset|data|poster|supp|supplementary|link|html|official|publication|journal";
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:[\\w.&-]+\\s+)?(?:" + WORDS + ")\\d?(?:\\s*\\([^)]*\\)|\\s*-\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s*\\d*|\\s+\\d+)?$|^research at .+$");
    private static final Pattern PAPER = Pattern.compile("\\b(?:paper|papers|pdf|arxiv|doi|thesis|report|openreview|abstract|docs|documents|publication)\\b");
    private static final Pattern CODE = Pattern.compile("\\b(?:code|codes|github|gitlab|implementation|colab|notebook|repo|repository)\\b");
    private static final Pattern VIDEO = Pattern.compile("\\b(?:video|videos|talk|youtube|recording|videolectures)\\b");
    private static final Pattern BOOK = Pattern.compile("\\b(?:book|ebook)\\b");
    private static final Pattern PAGE = Pattern.compile("\\b(?:website|web|site|blog|post|article\\d?|page|project|homepage|course|slides|tutorial)\\b");

    private LinkLabels() {}

    static boolean isGeneric(String label) {
        return GENERIC.matcher(normal(label)).matches();
    }

    /** The kind a generic label says its link leads to, if it says one. */
    static Optional<Kind> kind(String label) {
        if (!isGeneric(label)) return Optional.empty();
        String l = normal(label);
        if (BOOK.matcher(l).find() && !l.contains("chapter")) return Optional.of(Kind.BOOK);
        if (CODE.matcher(l).find()) return Optional.of(Kind.REPO);
        if (VIDEO.matcher(l).find()) return Optional.of(Kind.VIDEO);
        if (PAPER.matcher(l).find() || l.contains("chapter")) return Optional.of(Kind.PAPER);
        if (PAGE.matcher(l).find()) return Optional.of(Kind.TUTORIAL);
        return Optional.empty();
    }

    private static String normal(String label) {
        return label.replaceAll("[\\[\\]]", "").strip().toLowerCase(Locale.ROOT);
    }
}
