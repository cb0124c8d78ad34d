package io.studygraph.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Highlighted text as parts (plain, or matched) rather than HTML, so a client can show matches
 * without ever parsing markup from the data.
 */
final class Snippets {
    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private Snippets() {}

    /** Writes passages with private-use markers around matches, for {@link #parts(String)}. */
    static PassageFormatter formatter() {
        return new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                StringBuilder sb = new StringBuilder();
                for (Passage p : passages) {
                    if (sb.length() > 0) sb.append(" … ");
                    int pos = p.getStartOffset();
                    for (int i = 0; i < p.getNumMatches(); i++) {
                        int start = Math.max(pos, p.getMatchStarts()[i]);
                        int end = Math.max(start, p.getMatchEnds()[i]);
                        sb.append(content, pos, start).append(START).append(content, start, end).append(END);
                        pos = end;
                    }
                    sb.append(content, pos, Math.max(pos, p.getEndOffset()));
                }
                return sb.toString().replace('\u2029', ' ');
            }
        };
    }

    static List<SearchResult.Part> parts(String marked) {
        List<SearchResult.Part> parts = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int start = marked.indexOf(START, i);
            if (start < 0) {
                parts.add(new SearchResult.Part(marked.substring(i), false));
                break;
            }
            if (start > i) parts.add(new SearchResult.Part(marked.substring(i, start), false));
            int end = marked.indexOf(END, start);
            parts.add(new SearchResult.Part(marked.substring(start + 1, end < 0 ? marked.length() : end), true));
            i = end < 0 ? marked.length() : end + 1;
        }
        return parts;
    }

    static boolean hasHit(String marked) {
        return marked != null && marked.indexOf(START) >= 0;
    }
}
