package io.studygraph.ingest;

/**
 * A link from a reading list, classified by what it points to.
 *
 * @param url the address as written (trimmed)
 * @param type what the address is
 * @param id the identifier the address carries: arXiv id, DOI, OpenReview id, YouTube id,
 *           "owner/name" of a GitHub repository (also of the repository a paper's PDF is kept in),
 *           a GitHub or Twitter login, "site/id" of a Stack Exchange question; null when the type has none
 */
record Link(String url, Type type, String id) {

    enum Type {
        ARXIV, DOI, OPENREVIEW, GITHUB_REPO, GITHUB_FILE, GITHUB_PROFILE, GITHUB_BROKEN,
        TWITTER_PROFILE, YOUTUBE_VIDEO, YOUTUBE_CHANNEL, SCHOLAR_CITATIONS, SCHOLAR_SEARCH,
        SCHOLAR_PROFILE, QUESTION, BLOG_POST, PERSONAL_PAGE, WEB_PAGE,
        /** A paper's page or PDF at a publisher, a proceedings site or anywhere as a .pdf. */
        PAPER_PAGE,
        /** A video that is not on YouTube (Vimeo, SlidesLive, VideoLectures) or a YouTube playlist. */
        VIDEO_PAGE;

        /** A page about a person rather than a work. */
        boolean isProfile() {
            return this == GITHUB_PROFILE || this == TWITTER_PROFILE || this == YOUTUBE_CHANNEL
                    || this == SCHOLAR_PROFILE || this == PERSONAL_PAGE;
        }
    }

    /** A publisher page for a book chapter rather than an article. */
    boolean isChapter() {
        return type == Type.DOI && url.contains("/chapter/");
    }
}
