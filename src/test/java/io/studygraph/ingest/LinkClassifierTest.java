package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.ingest.Link.Type;
import org.junit.jupiter.api.Test;

class LinkClassifierTest {

    @Test
    void doi_org_without_a_path_names_no_doi() {
        assertThat(classify("https://doi.org").type()).isNotEqualTo(Type.DOI);
        assertThat(classify("https://dx.doi.org/").type()).isNotEqualTo(Type.DOI);
    }

    @Test
    void arxiv_abs_and_pdf_links_give_the_same_id() {
        assertThat(classify("https://arxiv.org/abs/1706.03762")).isEqualTo(new Link("https://arxiv.org/abs/1706.03762", Type.ARXIV, "1706.03762"));
        assertThat(classify("https://arxiv.org/pdf/1706.03762").id()).isEqualTo("1706.03762");
        assertThat(classify("https://arxiv.org/pdf/1706.03762.pdf").id()).isEqualTo("1706.03762");
        assertThat(classify("http://export.arxiv.org/abs/1706.03762").id()).isEqualTo("1706.03762");
        assertThat(classify("https://arxiv.org/abs/2105.05233").id()).isEqualTo("2105.05233");
    }

    @Test
    void an_arxiv_version_suffix_is_dropped_from_the_id() {
        assertThat(classify("https://arxiv.org/abs/1810.04805v2")).extracting(Link::type, Link::id).containsExactly(Type.ARXIV, "1810.04805");
        assertThat(classify("https://arxiv.org/pdf/2105.05233v4.pdf").id()).isEqualTo("2105.05233");
        // The address itself is kept as written.
        assertThat(classify("https://arxiv.org/abs/1810.04805v2").url()).isEqualTo("https://arxiv.org/abs/1810.04805v2");
    }

    @Test
    void old_style_arxiv_ids_keep_their_subject_class() {
        assertThat(classify("https://arxiv.org/abs/hep-th/9901001")).extracting(Link::type, Link::id).containsExactly(Type.ARXIV, "hep-th/9901001");
        assertThat(classify("https://arxiv.org/abs/math.GT/0309136").id()).isEqualTo("math.GT/0309136");
        assertThat(classify("https://arxiv.org/pdf/hep-th/9711200v3").id()).isEqualTo("hep-th/9711200");
    }

    @Test
    void an_arxiv_page_without_a_paper_id_is_a_plain_web_page() {
        assertThat(classify("https://arxiv.org/list/cs.CL/recent").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void doi_org_links_carry_the_doi() {
        assertThat(classify("https://doi.org/10.1145/3065386")).extracting(Link::type, Link::id).containsExactly(Type.DOI, "10.1145/3065386");
        assertThat(classify("http://dx.doi.org/10.1007/978-3-030-93158-2_4").id()).isEqualTo("10.1007/978-3-030-93158-2_4");
        assertThat(classify("https://doi.org/10.1007/978-3-030-93158-2_4").isChapter()).isFalse();
    }

    @Test
    void a_springer_chapter_page_carries_its_doi_and_is_a_chapter() {
        Link link = classify("https://link.springer.com/chapter/10.1007/978-3-030-93158-2_4");
        assertThat(link).extracting(Link::type, Link::id).containsExactly(Type.DOI, "10.1007/978-3-030-93158-2_4");
        assertThat(link.isChapter()).isTrue();
        assertThat(classify("https://link.springer.com/article/10.1007/s11263-015-0816-y").isChapter()).isFalse();
    }

    @Test
    void publisher_doi_paths_give_the_doi_without_the_view_suffix() {
        assertThat(classify("https://dl.acm.org/doi/10.1145/3065386").id()).isEqualTo("10.1145/3065386");
        assertThat(classify("https://dl.acm.org/doi/pdf/10.1145/3065386").id()).isEqualTo("10.1145/3065386");
        assertThat(classify("https://onlinelibrary.wiley.com/doi/full/10.1002/widm.1249").id()).isEqualTo("10.1002/widm.1249");
        assertThat(classify("https://www.tandfonline.com/doi/abs/10.1080/01621459.2017.1285773").id()).isEqualTo("10.1080/01621459.2017.1285773");
        assertThat(classify("https://www.tandfonline.com/doi/10.1080/01621459.2017.1285773/full").id()).isEqualTo("10.1080/01621459.2017.1285773");
        assertThat(classify("https://dl.acm.org/doi/10.1145/3065386").isChapter()).isFalse();
    }

    @Test
    void a_publisher_page_without_a_doi_is_a_paper_page() {
        assertThat(classify("https://www.sciencedirect.com/science/article/pii/S0893608014002135").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("https://www.sciencedirect.com/").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void proceedings_pages_and_pdfs_anywhere_are_paper_pages() {
        assertThat(classify("https://proceedings.neurips.cc/paper/2020/file/4c5bcfec8584af0d967f1ab10179ca4b-Paper.pdf").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("http://proceedings.mlr.press/v78/bajcsy17a/bajcsy17a.pdf").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("https://aclanthology.org/N19-1423.pdf").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("https://ieeexplore.ieee.org/abstract/document/9764632").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("http://openaccess.thecvf.com/content_cvpr_2018/papers/Wang_Non-Local_Neural_Networks_CVPR_2018_paper.pdf").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("http://www.iro.umontreal.ca/~vincentp/Publications/smdae_techreport.pdf").type()).isEqualTo(Type.PAPER_PAGE);
        assertThat(classify("https://www.semanticscholar.org/paper/WebGPT%3A-Browser/2f3efe44083af91cef562c1a3451eee2f8601d22").type()).isEqualTo(Type.PAPER_PAGE);
    }

    @Test
    void a_nature_article_address_carries_its_doi() {
        assertThat(classify("https://www.nature.com/articles/s41598-018-19194-4")).extracting(Link::type, Link::id)
                .containsExactly(Type.DOI, "10.1038/s41598-018-19194-4");
    }

    @Test
    void a_pdf_kept_in_a_github_repository_is_a_paper_and_its_issues_are_no_work() {
        assertThat(classify("https://github.com/Davidham3/STSGCN/blob/master/paper/AAAI2020-STSGCN.pdf")).extracting(Link::type, Link::id)
                .containsExactly(Type.PAPER_PAGE, "Davidham3/STSGCN");
        assertThat(classify("https://github.com/aikorea/awesome-rl/pulls").type()).isEqualTo(Type.WEB_PAGE);
        assertThat(classify("https://github.com/changyeyu/LLM-RL-Visualized/blob/master/src/README_EN.md"))
                .extracting(Link::type, Link::id).containsExactly(Type.GITHUB_FILE, "changyeyu/LLM-RL-Visualized");
    }

    @Test
    void vimeo_slideslive_and_youtube_playlists_are_video_pages() {
        assertThat(classify("https://vimeo.com/238222537").type()).isEqualTo(Type.VIDEO_PAGE);
        assertThat(classify("https://slideslive.com/38922817/reinforcement-learning-past-present-and-future-perspectives").type()).isEqualTo(Type.VIDEO_PAGE);
        assertThat(classify("https://www.youtube.com/playlist?list=PLzvYlJMoZ02Dxtwe-MmH4nOB5jYlMGBjr").type()).isEqualTo(Type.VIDEO_PAGE);
    }

    @Test
    void an_openreview_forum_link_carries_the_submission_id() {
        assertThat(classify("https://openreview.net/forum?id=AAWuCvzaVt")).extracting(Link::type, Link::id)
                .containsExactly(Type.OPENREVIEW, "AAWuCvzaVt");
        assertThat(classify("https://openreview.net/pdf?id=YicbFdNTTy").id()).isEqualTo("YicbFdNTTy");
        assertThat(classify("https://openreview.net/group?id=ICLR.cc/2021/Conference").id()).isEqualTo("ICLR.cc/2021/Conference");
        assertThat(classify("https://openreview.net/about").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void a_github_repository_is_told_from_a_file_in_it() {
        assertThat(classify("https://github.com/karpathy/nanoGPT")).extracting(Link::type, Link::id).containsExactly(Type.GITHUB_REPO, "karpathy/nanoGPT");
        assertThat(classify("https://github.com/openai/guided-diffusion/").id()).isEqualTo("openai/guided-diffusion");
        assertThat(classify("https://github.com/karpathy/nanoGPT.git").id()).isEqualTo("karpathy/nanoGPT");
        assertThat(classify("https://github.com/openai/guided-diffusion/tree/main/guided_diffusion").type()).isEqualTo(Type.GITHUB_REPO);
        assertThat(classify("https://github.com/karpathy/nanoGPT/blob/master/model.py"))
                .extracting(Link::type, Link::id).containsExactly(Type.GITHUB_FILE, "karpathy/nanoGPT");
        assertThat(classify("https://github.com/huggingface/blog/blob/main/annotated-diffusion.md"))
                .extracting(Link::type, Link::id).containsExactly(Type.GITHUB_FILE, "huggingface/blog");
    }

    @Test
    void a_github_login_alone_is_a_profile() {
        assertThat(classify("https://github.com/gordicaleksa")).extracting(Link::type, Link::id).containsExactly(Type.GITHUB_PROFILE, "gordicaleksa");
        assertThat(classify("https://github.com/yk").type().isProfile()).isTrue();
    }

    @Test
    void reserved_github_paths_are_neither_profiles_nor_repositories() {
        assertThat(classify("https://github.com/orgs/huggingface").type()).isEqualTo(Type.WEB_PAGE);
        assertThat(classify("https://github.com/topics/transformers").type()).isEqualTo(Type.WEB_PAGE);
        assertThat(classify("https://github.com/trending").type()).isEqualTo(Type.WEB_PAGE);
        assertThat(classify("https://github.com/").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void a_github_file_link_that_lost_its_repository_name_is_broken() {
        Link link = classify("https://github.com/huggingface/blob/main/annotated-diffusion.md");
        assertThat(link.type()).isEqualTo(Type.GITHUB_BROKEN);
        assertThat(link.id()).isNull();
        assertThat(classify("https://github.com/huggingface/tree/main/x").type()).isEqualTo(Type.GITHUB_BROKEN);
    }

    @Test
    void twitter_and_x_profiles_carry_the_handle_but_a_tweet_does_not() {
        assertThat(classify("https://twitter.com/_mikepound")).extracting(Link::type, Link::id).containsExactly(Type.TWITTER_PROFILE, "_mikepound");
        assertThat(classify("https://x.com/karpathy")).extracting(Link::type, Link::id).containsExactly(Type.TWITTER_PROFILE, "karpathy");
        assertThat(classify("https://mobile.twitter.com/ykilcher").id()).isEqualTo("ykilcher");
        assertThat(classify("https://twitter.com/karpathy/status/1599852921541128194").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void every_youtube_video_address_gives_the_case_sensitive_video_id() {
        for (String url : new String[] {"https://www.youtube.com/watch?v=W-O7AZNzbzQ", "https://youtu.be/W-O7AZNzbzQ",
                "https://youtu.be/W-O7AZNzbzQ?t=42", "https://www.youtube.com/embed/W-O7AZNzbzQ",
                "https://www.youtube.com/shorts/W-O7AZNzbzQ", "https://m.youtube.com/watch?v=W-O7AZNzbzQ",
                "https://www.youtube.com/watch?feature=shared&v=W-O7AZNzbzQ&t=10s"}) {
            assertThat(classify(url)).as(url).extracting(Link::type, Link::id).containsExactly(Type.YOUTUBE_VIDEO, "W-O7AZNzbzQ");
        }
    }

    @Test
    void a_youtube_id_of_the_wrong_length_is_not_a_video() {
        assertThat(classify("https://www.youtube.com/watch?v=kCc8FmEb1n").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void youtube_handles_and_channel_paths_are_channels() {
        assertThat(classify("https://www.youtube.com/@3blue1brown")).extracting(Link::type, Link::id).containsExactly(Type.YOUTUBE_CHANNEL, "@3blue1brown");
        assertThat(classify("https://www.youtube.com/@TheAIEpiphany/videos").id()).isEqualTo("@TheAIEpiphany");
        assertThat(classify("https://www.youtube.com/c/Computerphile").id()).isEqualTo("Computerphile");
        assertThat(classify("https://www.youtube.com/channel/UCYO_jab_esuFRV4b17AJtAw").id()).isEqualTo("UCYO_jab_esuFRV4b17AJtAw");
        assertThat(Type.YOUTUBE_CHANNEL.isProfile()).isTrue();
    }

    @Test
    void google_scholar_pages_are_told_apart_by_their_query() {
        assertThat(classify("https://scholar.google.com/scholar?cites=17982230494456470673&as_sdt=2005&sciodt=0,5&hl=en"))
                .extracting(Link::type, Link::id).containsExactly(Type.SCHOLAR_CITATIONS, "17982230494456470673");
        assertThat(classify("https://scholar.google.com/scholar?oi=bibs&hl=en&cites=8089406902414807700&as_sdt=5").id())
                .isEqualTo("8089406902414807700");
        assertThat(classify("https://scholar.google.com/citations?user=JicYPdAAAAAJ&hl=en"))
                .extracting(Link::type, Link::id).containsExactly(Type.SCHOLAR_PROFILE, "JicYPdAAAAAJ");
        assertThat(classify("https://scholar.google.co.uk/scholar?hl=en&as_sdt=0%2C5&q=Refining+Generative+Process&btnG=").type())
                .isEqualTo(Type.SCHOLAR_SEARCH);
    }

    @Test
    void stack_exchange_and_stack_overflow_questions_carry_site_and_id() {
        assertThat(classify("https://math.stackexchange.com/questions/1991961/gaussian-distribution-is-isotropic"))
                .extracting(Link::type, Link::id).containsExactly(Type.QUESTION, "math.stackexchange/1991961");
        assertThat(classify("https://stats.stackexchange.com/questions/421935/what-exactly-are-keys-queries-and-values-in-attention-mechanisms").id())
                .isEqualTo("stats.stackexchange/421935");
        assertThat(classify("https://stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster").id())
                .isEqualTo("stackoverflow/11227809");
        assertThat(classify("https://mathoverflow.net/questions/1139/a-question").id()).isEqualTo("mathoverflow/1139");
        assertThat(classify("https://stats.stackexchange.com/questions/tagged/attention").type()).isEqualTo(Type.WEB_PAGE);
    }

    @Test
    void blog_posts_are_recognised_by_path_or_host() {
        assertThat(classify("https://huggingface.co/blog/annotated-diffusion").type()).isEqualTo(Type.BLOG_POST);
        assertThat(classify("https://www.assemblyai.com/blog/diffusion-models-for-machine-learning-introduction/").type()).isEqualTo(Type.BLOG_POST);
        assertThat(classify("https://medium.com/@karpathy/software-2-0-a64152b37c35").type()).isEqualTo(Type.BLOG_POST);
        assertThat(classify("https://lilianweng.github.io/posts/2018-06-24-attention/").type()).isEqualTo(Type.BLOG_POST);
        assertThat(classify("https://blog.research.google/2017/08/transformer-novel-neural-network.html").type()).isEqualTo(Type.BLOG_POST);
    }

    @Test
    void personal_and_institution_pages_are_profiles() {
        Link team = classify("https://www.nottingham.ac.uk/research/beacons-of-excellence/future-food/meet-the-team/michael-pound/index.aspx");
        assertThat(team.type()).isEqualTo(Type.PERSONAL_PAGE);
        assertThat(team.type().isProfile()).isTrue();
        assertThat(classify("https://www.cs.toronto.edu/~hinton/").type()).isEqualTo(Type.PERSONAL_PAGE);
        assertThat(classify("https://www.cs.cmu.edu/people/faculty").type()).isEqualTo(Type.PERSONAL_PAGE);
    }

    @Test
    void anything_else_on_the_web_is_a_plain_web_page() {
        for (String url : new String[] {"https://jalammar.github.io/illustrated-transformer/", "https://karpathy.ai",
                "http://nlp.seas.harvard.edu/2018/04/03/attention.html", "https://en.wikipedia.org/wiki/Softmax_function"}) {
            Link link = classify(url);
            assertThat(link.type()).as(url).isEqualTo(Type.WEB_PAGE);
            assertThat(link.id()).as(url).isNull();
            assertThat(link.type().isProfile()).as(url).isFalse();
        }
    }

    @Test
    void a_string_that_is_not_an_http_address_is_not_classified() {
        assertThat(LinkClassifier.classify("arxiv.org/abs/1706.03762")).isEmpty();
        assertThat(LinkClassifier.classify("ftp://ftp.example.org/paper.pdf")).isEmpty();
        assertThat(LinkClassifier.classify("mailto:someone@example.org")).isEmpty();
        assertThat(LinkClassifier.classify("Attention Is All You Need")).isEmpty();
        assertThat(LinkClassifier.classify("https://exa mple.org/x")).isEmpty();
    }

    @Test
    void surrounding_whitespace_is_trimmed_before_classifying() {
        assertThat(classify("  https://arxiv.org/abs/2211.07804 ")).isEqualTo(new Link("https://arxiv.org/abs/2211.07804", Type.ARXIV, "2211.07804"));
    }

    @Test
    void find_urls_gives_the_addresses_in_order_without_trailing_punctuation() {
        assertThat(LinkClassifier.findUrls("arXiv: https://arxiv.org/abs/2105.05233, code: https://github.com/openai/guided-diffusion."))
                .containsExactly("https://arxiv.org/abs/2105.05233", "https://github.com/openai/guided-diffusion");
        assertThat(LinkClassifier.findUrls("(see https://arxiv.org/abs/1706.03762); [https://youtu.be/kCc8FmEb1nY]:"))
                .containsExactly("https://arxiv.org/abs/1706.03762", "https://youtu.be/kCc8FmEb1nY");
    }

    @Test
    void find_urls_stops_at_backticks_and_quotes() {
        assertThat(LinkClassifier.findUrls("* `https://twitter.com/_mikepound`")).containsExactly("https://twitter.com/_mikepound");
        assertThat(LinkClassifier.findUrls("<a href=\"https://karpathy.ai\">home</a>")).containsExactly("https://karpathy.ai");
    }

    @Test
    void find_urls_keeps_query_strings_and_ignores_text_without_addresses() {
        assertThat(LinkClassifier.findUrls("google-citations:  https://scholar.google.com/scholar?cites=1&as_sdt=2005&sciodt=0,5&hl=en   "))
                .containsExactly("https://scholar.google.com/scholar?cites=1&as_sdt=2005&sciodt=0,5&hl=en");
        assertThat(LinkClassifier.findUrls("Latent Variable Models by Jakub M. Tomczak")).isEmpty();
        assertThat(LinkClassifier.findUrls("arxiv.org/abs/1706.03762")).isEmpty();
    }

    private static Link classify(String url) {
        return LinkClassifier.classify(url).orElseThrow(() -> new AssertionError("not classified: " + url));
    }
}
