package io.studygraph.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers a pasted reference stands for, lowercased as the index holds them: people paste
 * "arXiv:2105.05233v2" or a whole address rather than the bare identifier.
 *
 * <pre>{@code
 * Identifiers.of("https://github.com/openai/guided-diffusion/tree/main"); // [the text, "openai/guided-diffusion"]
 * }</pre>
 */
final class Identifiers {
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^(?:arxiv|doi):\\s*(\\S+)$"),
            Pattern.compile("arxiv\\.org/(?:abs|pdf|html)/([^?#\\s]+?)(?:\\.pdf)?/?$"),
            Pattern.compile("doi\\.org/(10\\.[^?#\\s]+)$"),
            Pattern.compile("github\\.com/([\\w.-]+/[\\w.-]+?)(?:\\.git)?(?:[/?#].*)?$"),
            Pattern.compile("youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/|live/)([\\w-]{11})"),
            Pattern.compile("youtu\\.be/([\\w-]{11})"),
            Pattern.compile("openreview\\.net/(?:forum|pdf)\\?(?:.*&)?id=([^&#\\s]+)"),
            Pattern.compile("/questions/(\\d+)"));
    private static final Pattern ARXIV_VERSION = Pattern.compile("^(\\d{4}\\.\\d{4,5})v\\d+$");

    private Identifiers() {}

    /** The text itself, then whatever identifiers its known forms carry. */
    static Set<String> of(String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        Set<String> ids = new LinkedHashSet<>();
        ids.add(typed);
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(typed);
            // In a path '+' is a literal plus, not a space.
            if (m.find()) ids.add(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        for (String id : new ArrayList<>(ids)) {
            Matcher versioned = ARXIV_VERSION.matcher(id);
            if (versioned.matches()) ids.add(versioned.group(1));
        }
        return ids;
    }
}
