package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists of people's names as reading lists write them, and the test of whether a phrase is a
 * name at all. "Arash Vahdat and Karsten Kreis", "R. Józefowicz, Oriol Vinyals, M. Schuster",
 * "Battaglia, Peter W and Hamrick, Jessica B and others" (BibTeX order) are names;
 * "Natural Actor-Critic" and "AI Coffee Break with Letitia" are not. "et al." and "others"
 * are never people.
 */
final class Names {
    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*(?:\\bet\\.?\\s*al\\.?|\\band\\s+others|\\bothers)\\s*\\.?\\s*$");
    // "Emmanouil Platanios. Sujith Ravi": a full stop after a family name also separates two people.
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*|(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.?-?){1,3}$");
    private static final Pattern WORD = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]*\\.?$|^\\p{Lu}\\p{Ll}*[\\p{L}'’\\-]*$");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "le", "la",
            "dos", "das", "del", "della", "bin", "al", "el", "ten", "ter", "y", "zu");
    /** Words of titles and organisations that a person's name does not contain. */
    private static final Set<String> NOT_IN_NAMES = Set.of("learning", "network", "networks", "neural", "deep", "model",
            "models", "modeling", "modelling", "reinforcement", "survey", "introduction", "tutorial", "review", "analysis",
            "control", "policy", "search", "data", "graph", "graphs", "language", "languages", "machine", "intelligence",
            "artificial", "algorithm", "algorithms", "theory", "method", "methods", "system", "systems", "vision", "image",
            "images", "video", "videos", "generative", "diffusion", "adversarial", "natural", "critic", "actor", "robot",
            "robots", "robotics", "game", "games", "playing", "optimization", "optimal", "training", "inference",
            "transformer", "transformers", "attention", "university", "institute", "lab", "labs", "laboratory", "research",
            "group", "team", "school", "college", "department", "center", "centre", "press", "publishers", "conference",
            "journal", "proceedings", "workshop", "lecture", "lectures", "course", "series", "book", "code", "library",
            "framework", "toolkit", "platform", "environment", "part", "chapter", "edition", "foundations", "principles",
            "applications", "approach", "processing", "recognition", "detection", "representation", "representations",
            "gradient", "markov", "bayesian", "dynamic", "programming", "monte", "carlo", "temporal", "difference",
            "google", "openai", "deepmind", "microsoft", "facebook", "meta", "nvidia", "stanford", "berkeley", "with",
            "for", "the", "of", "on", "in", "and", "to", "a", "an", "is", "are", "via", "using", "towards", "toward", "from",
            "blog", "post", "posts", "paper", "papers", "thesis", "report", "website", "page", "project", "github",
            "arxiv", "online", "demo", "demos", "simulation", "introductory", "advanced", "basics", "explained", "guide",
            "tensorflow", "pytorch", "python", "matlab", "java", "api", "all", "need", "beyond");

    private Names() {}

    /** The names in a phrase that lists people, in order; empty when the phrase is not such a list. */
    static List<String> parse(String text) {
        // Soft hyphens and Unicode hyphens ("Wen-\u00ad\u2010Tao Li") are one hyphen.
        String clean = text.replace("\u00ad", "").replaceAll("[\u2010\u2011\u2012]", "-").replaceAll("-{2,}", "-");
        String t = ET_AL.matcher(clean.strip().replaceAll("^[*_\\s]+|[*_\\s.,;]+$", "")).replaceAll("").strip();
        if (t.isEmpty()) return List.of();
        List<String> parts = bibtexOrder(t);
        if (parts == null) {
            parts = new ArrayList<>();
            for (String p : SEPARATORS.split(t)) if (!p.isBlank()) parts.add(p.strip());
        }
        List<String> names = new ArrayList<>();
        for (String p : parts) {
            String name = p.replaceAll("[.,;]+$", "").strip();
            if (ET_AL.matcher(name).matches() || name.equalsIgnoreCase("et al")) continue;
            if (isName(name + (name.matches(".*\\b\\p{Lu}$") ? "." : ""))) names.add(tidy(name));
        }
        boolean firstIsName = !parts.isEmpty() && isName(parts.get(0).replaceAll("[.,;]+$", ""));
        return firstIsName && names.size() * 2 >= parts.size() ? names : List.of();
    }

    /** "Battaglia, Peter W and Hamrick, Jessica B": every part between "and" is "Family, Given". */
    private static List<String> bibtexOrder(String t) {
        String[] parts = t.split("\\s+and\\s+");
        if (parts.length < 2) return t.matches("[^,]+,\\s*(?:\\p{Lu}\\.?\\s*)+") ? List.of(flip(t)) : null;
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p.chars().filter(c -> c == ',').count() != 1) return null;
            out.add(flip(p));
        }
        return out;
    }

    private static String flip(String familyGiven) {
        int comma = familyGiven.indexOf(',');
        return (familyGiven.substring(comma + 1).strip() + " " + familyGiven.substring(0, comma).strip()).strip();
    }

    /** One person's name: two to five words (initials, capitalised words, particles), no title words. */
    static boolean isName(String phrase) {
        String[] words = phrase.strip().split("\\s+|(?<=\\.)(?=\\p{Lu})");
        if (words.length < 2 || words.length > 5) return false;
        int proper = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (INITIALS.matcher(w).matches() && (w.endsWith(".") || w.length() == 1 && !w.equals("A"))) continue;
            if (NOT_IN_NAMES.contains(lower.replaceAll("[.,]", ""))) return false;
            if (PARTICLES.contains(lower) || lower.matches("d['’]\\p{Lu}?\\p{L}+")) continue;
            if (INITIALS.matcher(w).matches()) continue;
            if (!WORD.matcher(w).matches() || w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT))) return false;
            proper++;
        }
        return proper >= 1 && !INITIALS.matcher(words[words.length - 1]).matches();
    }

    private static String tidy(String name) {
        return name.replaceAll("\\s+", " ").strip();
    }
}
