package io.studygraph.ingest;

import io.studygraph.ingest.Link.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides what a URL points to, from its shape alone: it never fetches anything. */
final class LinkClassifier {
    private static final Pattern ARXIV_PATH = Pattern.compile("^/(?:abs|pdf|html)/([a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}|\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?/?$");
    private static final Pattern DOI_IN_PATH = Pattern.compile("(10\\.\\d{4,9}/[^\\s?#]+)");
    private static final Pattern YOUTUBE_ID = Pattern.compile("^[A-Za-z0-9_-]{11}$");
    private static final Pattern PERSONAL_PATH = Pattern.compile(
            "(^|/)(~[^/]+|people|person|team|meet-the-team|staff|members?|profiles?|homepage|faculty)(/|$)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GITHUB_RESERVED = Set.of("orgs", "topics", "features", "about", "search",
            "marketplace", "sponsors", "settings", "explore", "collections", "trending", "login", "pricing");
    /** Hosts whose pages are papers: proceedings, publishers, indexes. */
    private static final Set<String> PAPER_HOSTS = Set.of("proceedings.neurips.cc", "papers.nips.cc", "papers.neurips.cc",
            "proceedings.mlr.press", "openaccess.thecvf.com", "aclanthology.org", "aclweb.org", "dl.acm.org",
            "ieeexplore.ieee.org", "link.springer.com", "sciencedirect.com", "semanticscholar.org", "researchgate.net",
            "citeseerx.ist.psu.edu", "jmlr.org", "jair.org", "ojs.aaai.org", "aaai.org", "ijcai.org", "ecva.net",
            "bmva.org", "nature.com", "science.org", "sciencemag.org", "pnas.org", "biorxiv.org", "medrxiv.org",
            "eprint.iacr.org", "usenix.org", "journals.sagepub.com", "tandfonline.com", "onlinelibrary.wiley.com",
            "mdpi.com", "frontiersin.org", "cambridge.org", "academic.oup.com", "iopscience.iop.org", "hal.science",
            "europepmc.org", "ncbi.nlm.nih.gov", "pubmed.ncbi.nlm.nih.gov", "papers.ssrn.com", "dblp.org",
            "readcube.com", "morganclaypool.com", "nowpublishers.com", "ceur-ws.org", "isca-speech.org", "roboticsproceedings.org");
    /** Paths on those hosts that are not a paper: listings, search, author pages. */
    private static final Pattern NOT_A_PAPER_PATH = Pattern.compile("^/?$|/(search|author|profile|people|venues?|events?|virtual)(/|$)");
    private static final Pattern NATURE_ARTICLE = Pattern.compile("^/articles/([a-z0-9.-]+)$");
    private static final Set<String> GITHUB_REPO_PAGES = Set.of("issues", "pulls", "pull", "wiki", "graphs", "stargazers",
            "network", "fork", "forks", "compare", "actions", "releases", "discussions", "projects", "security", "pulse", "contributors");
    private static final Set<String> QA_HOSTS = Set.of("stackoverflow.com", "mathoverflow.net", "superuser.com",
            "serverfault.com", "askubuntu.com");

    private LinkClassifier() {}

    /** The URLs in a piece of text, in order, without trailing punctuation. */
    static List<String> findUrls(String text) {
        Matcher m = Pattern.compile("https?://[^\\s<>`\"]+").matcher(text);
        List<String> urls = new java.util.ArrayList<>();
        while (m.find()) urls.add(trimEnd(m.group()));
        return urls;
    }

    // A closing parenthesis ends the URL only when the URL did not open it:
    // "https://en.wikipedia.org/wiki/Attention_(machine_learning)" keeps its ")".
    private static String trimEnd(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char last = u.charAt(u.length() - 1);
            boolean unbalanced = last == ')' && u.chars().filter(c -> c == '(').count() < u.chars().filter(c -> c == ')').count();
            if (".,;:]".indexOf(last) < 0 && !unbalanced) break;
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    static Optional<Link> classify(String raw) {
        String url = raw.trim();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) return Optional.empty();
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile)\\.", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        List<String> segments = List.of(path.replaceAll("^/+|/+$", "").split("/+"));
        if (segments.size() == 1 && segments.get(0).isEmpty()) segments = List.of();
        return Optional.of(classify(url, host, path, query, segments));
    }

    private static Link classify(String url, String host, String path, String query, List<String> seg) {
        if (host.equals("arxiv.org") || host.equals("export.arxiv.org")) {
            Matcher m = ARXIV_PATH.matcher(path);
            if (m.find()) return new Link(url, Type.ARXIV, m.group(1));
        }
        // "https://doi.org" alone names no DOI: it is read as any other page below.
        if ((host.equals("doi.org") || host.equals("dx.doi.org")) && path.length() > 1) {
            // "https://dx.doi.org/doi:10.1038/nature14236" carries the DOI after a "doi:" prefix.
            return new Link(url, Type.DOI, decodePath(path.substring(1)).replaceFirst("(?i)^doi:\\s*", ""));
        }
        if (host.equals("openreview.net")) {
            String id = param(query, "id");
            if (id != null) return new Link(url, Type.OPENREVIEW, id);
        }
        if (host.equals("github.com")) return github(url, seg);
        if (host.equals("twitter.com") || host.equals("x.com")) {
            if (seg.size() == 1) return new Link(url, Type.TWITTER_PROFILE, seg.get(0));
            return new Link(url, Type.WEB_PAGE, null);
        }
        if (host.equals("youtube.com") || host.equals("youtu.be")) return youtube(url, host, query, seg);
        if (host.startsWith("scholar.google.")) {
            if (param(query, "cites") != null) return new Link(url, Type.SCHOLAR_CITATIONS, param(query, "cites"));
            if (param(query, "user") != null) return new Link(url, Type.SCHOLAR_PROFILE, param(query, "user"));
            return new Link(url, Type.SCHOLAR_SEARCH, null);
        }
        if ((host.endsWith(".stackexchange.com") || QA_HOSTS.contains(host)) && seg.size() >= 2
                && seg.get(0).equals("questions") && seg.get(1).matches("\\d+")) {
            return new Link(url, Type.QUESTION, host.replace(".com", "").replace(".net", "") + "/" + seg.get(1));
        }
        Matcher doi = DOI_IN_PATH.matcher(decodePath(path));
        if (doi.find() && !host.equals("delivery.acm.org")) {
            return new Link(url, Type.DOI, doi.group(1).replaceAll("(\\.e?pdf|/(full|abstract|epdf|pdf|meta|html))+$", ""));
        }
        if (host.equals("nature.com")) {
            // A Nature article's address is its DOI suffix: nature.com/articles/s41598-018-19194-4 is 10.1038/s41598-018-19194-4.
            Matcher article = NATURE_ARTICLE.matcher(path);
            if (article.matches()) return new Link(url, Type.DOI, "10.1038/" + article.group(1).replaceAll("\\.e?pdf$", ""));
        }
        if (isVideoPage(host, seg)) return new Link(url, Type.VIDEO_PAGE, null);
        if (isPaperPage(host, path, query)) return new Link(url, Type.PAPER_PAGE, null);
        if (seg.contains("blog") || host.startsWith("blog.") || host.equals("medium.com")
                || host.endsWith(".substack.com") || seg.contains("posts") || seg.contains("post")) {
            return new Link(url, Type.BLOG_POST, null);
        }
        if (PERSONAL_PATH.matcher(path).find()) return new Link(url, Type.PERSONAL_PAGE, null);
        return new Link(url, Type.WEB_PAGE, null);
    }

    private static Link github(String url, List<String> seg) {
        if (seg.isEmpty() || GITHUB_RESERVED.contains(seg.get(0))) return new Link(url, Type.WEB_PAGE, null);
        if (seg.size() == 1) return new Link(url, Type.GITHUB_PROFILE, seg.get(0));
        // "owner/blob/main/file.md" has lost its repository name: the path cannot be resolved.
        if (seg.get(1).equals("blob") || seg.get(1).equals("tree")) return new Link(url, Type.GITHUB_BROKEN, null);
        String repo = seg.get(0) + "/" + seg.get(1).replaceAll("\\.git$", "");
        // A repository's issues or pull requests are pages about the list, not works ("feel free to send pull requests").
        if (seg.size() >= 3 && GITHUB_REPO_PAGES.contains(seg.get(2))) return new Link(url, Type.WEB_PAGE, null);
        // A PDF kept in a repository is a paper, not the repository; the repository is kept as its id.
        if (seg.get(seg.size() - 1).toLowerCase(Locale.ROOT).endsWith(".pdf")) return new Link(url, Type.PAPER_PAGE, repo);
        if (seg.size() >= 4 && (seg.get(2).equals("blob") || seg.get(2).equals("raw"))) {
            return new Link(url, Type.GITHUB_FILE, repo);
        }
        return new Link(url, Type.GITHUB_REPO, repo);
    }

    private static boolean isVideoPage(String host, List<String> seg) {
        if (host.equals("vimeo.com") && !seg.isEmpty() && seg.get(seg.size() - 1).matches("\\d+")) return true;
        if (host.equals("slideslive.com") && !seg.isEmpty() && seg.get(0).matches("\\d+")) return true;
        return host.equals("videolectures.net") && !seg.isEmpty();
    }

    private static boolean isPaperPage(String host, String path, String query) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf") || lower.contains("/pdf/") || query.toLowerCase(Locale.ROOT).matches(".*(^|[&=])[^&]*\\.pdf($|&).*")) {
            return true;
        }
        String bare = host.replaceFirst("^(www|www\\d|web|staff|webdocs|www-all|www-anw)\\.", "");
        boolean paperHost = PAPER_HOSTS.contains(bare) || PAPER_HOSTS.stream().anyMatch(h -> bare.endsWith("." + h));
        return paperHost && !NOT_A_PAPER_PATH.matcher(lower).find();
    }

    private static Link youtube(String url, String host, String query, List<String> seg) {
        String id = null;
        if (host.equals("youtu.be") && seg.size() == 1) id = seg.get(0);
        else if (seg.size() == 1 && seg.get(0).equals("watch")) id = param(query, "v");
        else if (seg.size() == 2 && Set.of("embed", "shorts", "live", "v").contains(seg.get(0))) id = seg.get(1);
        if (id != null && YOUTUBE_ID.matcher(id).matches()) return new Link(url, Type.YOUTUBE_VIDEO, id);
        if (seg.size() == 1 && seg.get(0).equals("playlist")) return new Link(url, Type.VIDEO_PAGE, null);
        if (!seg.isEmpty() && (seg.get(0).startsWith("@") || Set.of("c", "channel", "user").contains(seg.get(0)))) {
            return new Link(url, Type.YOUTUBE_CHANNEL, seg.get(seg.get(0).startsWith("@") ? 0 : Math.min(1, seg.size() - 1)));
        }
        return new Link(url, Type.WEB_PAGE, null);
    }

    private static String param(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) return decode(pair.substring(eq + 1));
        }
        return null;
    }

    // In a path '+' is a literal plus, not a space.
    private static String decodePath(String s) {
        return decode(s.replace("+", "%2B"));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
