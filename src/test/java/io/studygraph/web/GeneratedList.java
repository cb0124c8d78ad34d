package io.studygraph.web;

/**
 * Reading lists made up for load and crash tests: {@code papers} papers whose titles share one
 * word found nowhere else (so a search counts exactly them), each with an arXiv link (so its
 * IRI is known in advance). The extended variant gives the first paper a third author and adds
 * one paper of its own, so a reader can tell the two versions apart in any single answer.
 */
public record GeneratedList(String word, int papers) {
    public static final String ID = "https://w3id.org/studygraph/id/";

    public GeneratedList {
        if (!word.matches("[A-Z][a-z]+")) throw new IllegalArgumentException("The shared word must be one capitalised word: " + word);
        if (papers < 1 || papers > 9998) throw new IllegalArgumentException("papers must be 1..9998");
    }

    /** The Markdown text of the basic ({@code extended = false}) or extended variant. */
    public String markdown(boolean extended) {
        StringBuilder md = new StringBuilder("# ").append(word).append(" reading list\n\n## Papers\n\n");
        for (int i = 0; i < papers; i++) {
            md.append("* \"").append(title(i)).append("\" by ").append(authors(i, extended && i == 0)).append(" (2024)\n")
                    .append("\t* https://arxiv.org/abs/").append(arxivId(i)).append('\n');
        }
        if (extended) {
            md.append("* \"").append(extraTitle()).append("\" by Quentin ").append(word).append("son (2024)\n")
                    .append("\t* https://arxiv.org/abs/").append(arxivId(papers)).append('\n');
        }
        return md.toString();
    }

    /** Titles are spelled out, not numbered, so the analyser keeps every word of them. */
    public String title(int i) {
        return word + " study " + spelled(i) + " of snapshot isolation";
    }

    /** The title only the extended variant has. */
    public String extraTitle() {
        return word + " appendix on torn reads";
    }

    public String paperIri(int i) {
        return ID + "paper/arxiv-" + arxivId(i);
    }

    public String extraIri() {
        return paperIri(papers);
    }

    /** Authors in the basic variant of the first paper; the extended one adds a third. */
    public static int authorsOfFirst(boolean extended) {
        return extended ? 3 : 2;
    }

    private String authors(int i, boolean third) {
        String people = "Alice " + word + "er and Bob " + word + "man";
        if (i > 0) people = "Dana " + word + "ley";
        return third ? "Alice " + word + "er, Bob " + word + "man and Carol " + word + "ford" : people;
    }

    private static String arxivId(int i) {
        return String.format(java.util.Locale.ROOT, "2412.8%04d", i + 1);
    }

    private static String spelled(int i) {
        String[] digits = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) out.append(out.length() == 0 ? "" : "-").append(digits[c - '0']);
        return out.toString();
    }
}
