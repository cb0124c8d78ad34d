package io.studygraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Accept} header and the choice among the media types a resource offers, by the
 * rules of RFC 9110 §12.5.1: each offer takes the quality of the most specific range that matches
 * it ({@code text/html;q=0} beside {@code *}{@code /*} refuses HTML and accepts the rest), the best
 * quality wins, then the offer that a range names outright, then the server's order. A missing or
 * unreadable header accepts anything.
 *
 * <pre>{@code
 * AcceptHeader.parse("text/html;q=0, *\/*;q=0.5").choose(List.of("text/html", "text/turtle"));
 * // Optional[Choice[mediaType=text/turtle, named=false]]
 * }</pre>
 */
final class AcceptHeader {
    /** One media range: {@code type/subtype} (either may be {@code *}) and its quality. */
    record Range(String type, String subtype, double q) {
        /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}; -1 when it does not match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash), s = mediaType.substring(slash + 1);
            if (type.equals("*")) return 0;
            if (!type.equals(t)) return -1;
            if (subtype.equals("*")) return 1;
            return subtype.equals(s) ? 2 : -1;
        }
    }

    /** The offer chosen, and whether a range named its type (not just {@code *}{@code /*}). */
    record Choice(String mediaType, boolean named) {}

    private static final Range ANYTHING = new Range("*", "*", 1);

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header != null) {
            for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
                String[] pieces = part.split(";");
                if (pieces.length == 0) continue;
                String[] type = pieces[0].strip().split("/", -1);
                if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty() || type[0].equals("*") && !type[1].equals("*")) continue;
                ranges.add(new Range(type[0], type[1], quality(pieces)));
            }
        }
        // Lenient, as browsers and servers are: a header with no usable range says nothing.
        return new AcceptHeader(ranges.isEmpty() ? List.of(ANYTHING) : List.copyOf(ranges));
    }

    /** The best of {@code offers} (in the server's order of preference), or empty when the client accepts none. */
    Optional<Choice> choose(List<String> offers) {
        Choice best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String offer : offers) {
            Range range = null;
            int specificity = -1;
            for (Range r : ranges) {
                int s = r.specificity(offer);
                if (s > specificity) {
                    specificity = s;
                    range = r;
                }
            }
            if (range == null || range.q() <= 0) continue;
            if (range.q() > bestQ || range.q() == bestQ && specificity > bestSpecificity) {
                best = new Choice(offer, specificity > 0);
                bestQ = range.q();
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The {@code q} parameter (0 to 1); 1 when absent; 0 when unreadable, so a garbled range refuses rather than wins. */
    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip();
            if (!p.startsWith("q=")) continue;
            try {
                double q = Double.parseDouble(p.substring(2).strip());
                return q >= 0 && q <= 1 ? q : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 1;
    }
}
