package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Slugs;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.Link.Type;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * What a link under an entry says about the entry. A paper's own arXiv link is its identifier;
 * a repository under a paper implements it; a paper under a video is explained by it; a profile
 * belongs to the person the entry names.
 */
final class LinkRelations {
    private final Entities entities;
    private final GraphWriter out;
    private final ImportReport report;

    LinkRelations(Entities entities, GraphWriter out, ImportReport report) {
        this.entities = entities;
        this.out = out;
        this.report = report;
    }

    static Kind kindOf(Type type) {
        return switch (type) {
            case ARXIV, DOI, OPENREVIEW, PAPER_PAGE -> Kind.PAPER;
            case YOUTUBE_VIDEO, VIDEO_PAGE -> Kind.VIDEO;
            case GITHUB_REPO, GITHUB_FILE -> Kind.REPO;
            case QUESTION -> Kind.QUESTION;
            case BLOG_POST -> Kind.TUTORIAL;
            default -> null;
        };
    }

    /** The entity a link alone points to, if it points to one. */
    Optional<Node> linked(LocatedLink located) {
        Link l = located.link();
        int line = located.line();
        Node node = switch (l.type()) {
            case ARXIV -> entities.linked(Kind.PAPER, "arxiv-" + Slugs.ofIdentifier(l.id()), "arxiv", l.id(), "arXiv:" + l.id(), line);
            case DOI -> entities.linked(Kind.PAPER, "doi-" + Slugs.ofIdentifier(l.id()), "doi", l.id(), "doi:" + l.id(), line);
            case OPENREVIEW -> entities.linked(Kind.PAPER, "openreview-" + Slugs.ofIdentifier(l.id()), "openreview", l.id(), "OpenReview " + l.id(), line);
            case YOUTUBE_VIDEO -> entities.linked(Kind.VIDEO, "youtube-" + l.id(), "youtube", l.id(), idLabel(l), line);
            case GITHUB_REPO, GITHUB_FILE -> entities.linked(Kind.REPO, "github-" + Slugs.of(l.id()), "github", l.id(), l.id(), line);
            case QUESTION -> entities.linked(Kind.QUESTION, Slugs.of(l.id()), "question", l.id(), l.id(), line);
            default -> null;
        };
        if (node != null) identify(node, l.type() == Type.GITHUB_FILE ? new Link("https://github.com/" + l.id(), Type.GITHUB_REPO, l.id()) : l);
        return Optional.ofNullable(node);
    }

    /** Records what {@code link}, written under {@code item} of {@code kind}, says. */
    void apply(Node item, Kind kind, LocatedLink located, Node owner) {
        Link l = located.link();
        if (isOwnIdentifier(item, kind, l)) {
            identify(item, l);
            return;
        }
        switch (l.type()) {
            case SCHOLAR_CITATIONS -> out.iri(item, Vocab.CITATIONS_PAGE, l.url());
            case SCHOLAR_SEARCH, WEB_PAGE, BLOG_POST, PAPER_PAGE, VIDEO_PAGE -> {
                // The first page of an entry that has no identifying link is its address: a paper's PDF,
                // a course's site, a tool's home page.
                if (!out.has(item, Vocab.URL) && l.type() != Type.SCHOLAR_SEARCH) out.iri(item, Vocab.URL, l.url());
                else out.iri(item, Vocab.RDFS_SEE_ALSO, l.url());
                if (l.type() == Type.PAPER_PAGE && l.id() != null) {
                    // The paper's PDF lives in a GitHub repository: that repository is the paper's code.
                    Link repo = new Link("https://github.com/" + l.id(), Type.GITHUB_REPO, l.id());
                    linked(new LocatedLink(repo, located.line(), "")).ifPresent(r -> relate(item, kind, r, repo));
                }
            }
            case GITHUB_BROKEN -> {
                report.warn(located.line(), "GitHub link lacks the repository name, kept unresolved: " + l.url());
                out.text(item, Vocab.UNRESOLVED_LINK, l.url());
            }
            case GITHUB_PROFILE, TWITTER_PROFILE, YOUTUBE_CHANNEL, SCHOLAR_PROFILE, PERSONAL_PAGE -> {
                if (owner != null) profile(owner, l);
                else out.iri(item, Vocab.RDFS_SEE_ALSO, l.url());
            }
            default -> linked(located).ifPresent(target -> relate(item, kind, target, l));
        }
    }

    void profile(Node person, Link link) {
        out.iri(person, Vocab.SAME_AS, link.url());
    }

    private void relate(Node item, Kind kind, Node target, Link l) {
        if (l.type() == Type.GITHUB_FILE) out.iri(item, Vocab.SOURCE_FILE, l.url());
        Kind targetKind = kindOf(l.type());
        if (targetKind == Kind.REPO && kind == Kind.PAPER) {
            out.add(target, Vocab.IMPLEMENTS, item);
        } else if (targetKind == Kind.VIDEO && kind != Kind.VIDEO) {
            out.add(target, Vocab.EXPLAINS, item);
            nameForWork(target, item, l);
        } else {
            out.add(item, childRelation(kind, targetKind), target);
        }
    }

    /** The label of a video known only by its address. */
    private static String idLabel(Link l) {
        return "YouTube video " + l.id();
    }

    /**
     * A video known only by its id, written under a work ("Video: https://youtu.be/…"), is named for
     * the work it explains: "Video on “Denoising Diffusion Probabilistic Models”" says what to expect,
     * "YouTube video hAp7Lk7W4QQ" does not. A name from anywhere else is kept.
     */
    private void nameForWork(Node video, Node work, Link l) {
        if (l.type() != Type.YOUTUBE_VIDEO) return;
        org.apache.jena.graph.Graph graph = out.model().getGraph();
        Node placeholder = org.apache.jena.graph.NodeFactory.createLiteralString(idLabel(l));
        if (!graph.contains(video, Vocab.RDFS_LABEL, placeholder) || out.has(video, Vocab.NAME)) return;
        // A work known elsewhere is named here by rdfs:label (the other source's name is its name).
        java.util.stream.Stream.of(Vocab.NAME, Vocab.RDFS_LABEL).flatMap(p -> graph.find(work, p, Node.ANY).toList().stream())
                .map(t -> t.getObject()).filter(Node::isLiteral).findFirst().ifPresent(title -> {
                    graph.delete(video, Vocab.RDFS_LABEL, placeholder);
                    out.text(video, Vocab.RDFS_LABEL, "Video on “" + title.getLiteralLexicalForm() + "”");
                });
    }

    /** How an entry relates to a titled entry nested under it, or to a work it links. */
    Node childRelation(Kind parent, Kind child) {
        if (child == Kind.PAPER || child == Kind.BOOK) {
            return switch (parent) {
                case PAPER, BOOK -> Vocab.CITES;
                case VIDEO, TUTORIAL -> Vocab.EXPLAINS;
                case REPO -> Vocab.IMPLEMENTS;
                default -> Vocab.LINKS_TO;
            };
        }
        return Vocab.LINKS_TO;
    }

    private boolean isOwnIdentifier(Node item, Kind kind, Link l) {
        Node property = identifierProperty(l.type());
        if (property == null || kindOf(l.type()) != kind && !(kind == Kind.BOOK && l.type() == Type.DOI)) return false;
        // The first identifier of a type is the item's own; a second, different one names another work.
        return !out.has(item, property) || out.model().getGraph().contains(item, property, literalOf(l));
    }

    private void identify(Node node, Link l) {
        Node property = identifierProperty(l.type());
        if (property != null) out.add(node, property, literalOf(l));
        if (!out.has(node, Vocab.URL)) out.iri(node, Vocab.URL, l.url());
        else if (!out.model().getGraph().contains(node, Vocab.URL, org.apache.jena.graph.NodeFactory.createURI(l.url()))) {
            out.iri(node, Vocab.SAME_AS, l.url());
        }
    }

    private static Node literalOf(Link l) {
        String value = l.type() == Type.QUESTION ? l.id().substring(l.id().indexOf('/') + 1) : l.id();
        return org.apache.jena.graph.NodeFactory.createLiteralString(value);
    }

    private static Node identifierProperty(Type type) {
        return switch (type) {
            case ARXIV -> Vocab.ARXIV_ID;
            case DOI -> Vocab.DOI;
            case OPENREVIEW -> Vocab.OPENREVIEW_ID;
            case YOUTUBE_VIDEO -> Vocab.YOUTUBE_ID;
            case GITHUB_REPO -> Vocab.GITHUB_REPO;
            case QUESTION -> Vocab.STACK_EXCHANGE_ID;
            default -> null;
        };
    }
}
