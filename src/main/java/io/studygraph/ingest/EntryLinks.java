package io.studygraph.ingest;

import io.studygraph.ingest.ListDocument.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the links around one entry: its own (in its text, or in nested entries that are only a
 * link), the profiles of a person introduced by "Where to find NAME", links that belong to a
 * numbered sibling ("[139] google-citation: URL"), and nested entries with a title of their own.
 */
final class EntryLinks {
    private static final Pattern WHERE_TO_FIND = Pattern.compile(
            "^(?:where to find|find|follow|more (?:from|about)|profiles? of|links? (?:to|for))\\s+(.+?)\\s*(?:online|here)?\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    record Profile(String person, LocatedLink link) {}

    record Child(Entry entry, EntryText text) {}

    final List<LocatedLink> own = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final List<Child> children = new ArrayList<>();
    /** Links in title-less nested entries carrying a reference marker, keyed by it. */
    final List<java.util.Map.Entry<String, LocatedLink>> marked = new ArrayList<>();

    /** The links of a source without list structure (a BibTeX entry), all the entry's own. */
    static EntryLinks ofUrls(List<String> urls, int line) {
        EntryLinks links = new EntryLinks();
        for (String url : urls) LinkClassifier.classify(url).ifPresent(l -> links.own.add(new LocatedLink(l, line, "")));
        return links;
    }

    static EntryLinks of(Entry entry) {
        EntryLinks links = new EntryLinks();
        for (String line : entry.lines) links.addOwn(line, entry);
        links.collectChildren(entry.children, null);
        return links;
    }

    private void collectChildren(List<Entry> entries, String profileOwner) {
        String owner = profileOwner;
        for (Entry child : entries) {
            Matcher where = WHERE_TO_FIND.matcher(child.head().replace('`', ' ').strip());
            if (child.head().indexOf("://") < 0 && where.matches()) {
                owner = where.group(1).strip();
                collectChildren(child.children, owner);
                continue;
            }
            EntryText text = EntryText.read(child.head(), child.markedTitle);
            if (text.title() == null) {
                String currentOwner = owner;
                for (String line : child.lines) {
                    for (String url : LinkClassifier.findUrls(line)) {
                        LinkClassifier.classify(url).map(l -> new LocatedLink(l, child.line, child.labelOf(url))).ifPresent(l -> {
                            if (currentOwner != null) profiles.add(new Profile(currentOwner, l));
                            else if (text.marker() != null) marked.add(java.util.Map.entry(text.marker(), l));
                            else own.add(l);
                        });
                    }
                }
                collectChildren(child.children, owner);
            } else {
                children.add(new Child(child, text));
            }
        }
    }

    private void addOwn(String line, Entry entry) {
        for (String url : LinkClassifier.findUrls(line)) {
            int at = entry.anchors.stream().filter(a -> a.url().equals(url)).mapToInt(ListDocument.Anchor::line)
                    .filter(n -> n > 0).findFirst().orElse(entry.line);
            LinkClassifier.classify(url).ifPresent(l -> own.add(new LocatedLink(l, at, entry.labelOf(url))));
        }
    }

    /** The link the entry's title is written as, else its first link labelled a paper, else its first link. */
    java.util.Optional<LocatedLink> primary(String titleUrl) {
        java.util.Optional<LocatedLink> onTitle = own.stream().filter(l -> l.link().url().equals(titleUrl)).findFirst();
        if (onTitle.isPresent()) return onTitle;
        java.util.Optional<LocatedLink> paper = own.stream()
                .filter(l -> LinkLabels.kind(l.label()).filter(k -> k == io.studygraph.graph.Kind.PAPER).isPresent()).findFirst();
        return paper.isPresent() ? paper : own.stream().findFirst();
    }

    /** The first own link of one of the given types. */
    java.util.Optional<LocatedLink> first(Link.Type... types) {
        return own.stream().filter(l -> java.util.Arrays.asList(types).contains(l.link().type())).findFirst();
    }
}
