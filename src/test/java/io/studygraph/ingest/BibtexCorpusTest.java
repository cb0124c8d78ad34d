package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Vocab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The two real bibliographies of the shared corpus, read in place (never copied here), each
 * imported alone through the real importer. Every expectation below was written by reading the
 * .bib file, entry by entry, spread from its first entry to its last.
 */
class BibtexCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    /** What one entry states. {@code kind} is the IRI's kind segment; null fields state nothing. */
    record Work(String marker, String kind, String title, String year, String arxiv, String doi, String venue, String... authors) {}

    private final ImportHarness graph = new ImportHarness();

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void nerf_bib_imports_whole_with_the_paper_entered_twice_as_one_work() throws IOException {
        String bib = corpus("nerf.bib");
        ImportResult result = graph.importText("nerf.bib", bib).get(0);
        assertThat(result.entries()).isEqualTo(46);
        assertThat(result.skipped()).isEmpty();
        check(bib, List.of(
                new Work("Bi20arxiv_neural_reflection_fields", "paper", "Neural Reflectance Fields for Appearance Acquisition", "2020", "2008.03824", null, "arXiv",
                        "Sai Bi", "Zexiang Xu", "Pratul Srinivasan", "Ben Mildenhall", "Kalyan Sulkavalli", "Miloš Hašan", "Yannick Hold-Geoffroy", "David Kriegman", "Ravi Ramamoorthi"),
                new Work("Chabra20eccv_DLS", "paper", "Deep Local Shapes: Learning Local SDF Priors for Detailed 3D Reconstruction", "2020", null, null, "ECCV",
                        "Rohan Chabra", "Jan Lenssen", "Eddy Ilg", "Tanner Schmidt", "Julian Straub", "Steven Lovegrove", "Richard Newcombe"),
                new Work("Chen20cvpr_bsp", "paper", "BSP-Net: Generating compact meshes via binary space partitioning", "2020", null, null, "CVPR",
                        "Zhiqin Chen", "Andrea Tagliasacchi", "Hao Zhang"),
                new Work("Dellaert20post_NeRF", "paper", "NeRF Explosion 2020", "2020", null, null, null, "Frank Dellaert"),
                new Work("Deng20github_JaxNeRF", "paper", "JaxNeRF: an efficient JAX implementation of NeRF", "2020", null, null, null,
                        "Boyang Deng", "Jonathan T. Barron", "Pratul Srinivasan"),
                new Work("Du20arxiv_nerflow", "paper", "Neural Radiance Flow for 4D View Synthesis and Video Processing", "2020", "2012.09790", null, "arXiv",
                        "Yilun Du", "Yinan Zhang", "Hong-Xing Yu", "Joshua B. Tenenbaum", "Jiajun Wu"),
                new Work("Gafni20arxiv_DNRF", "paper", "Dynamic Neural Radiance Fields for Monocular 4D Facial Avatar Reconstruction", "2020", "2012.03065", null, "arXiv",
                        "Guy Gafni", "Justus Thies", "Michael Zollhöfer", "Matthias Nießner"),
                new Work("Genova19iccv_sif", "paper", "Learning shape templates with structured implicit functions", "2019", null, null, "ICCV",
                        "Kyle Genova", "Forrester Cole", "Daniel Vlasic", "Aaron Sarna", "William Freeman", "Thomas Funkhouser"),
                new Work("Liu20neurips_sparse_nerf", "paper", "Neural sparse voxel fields", "2020", null, null, "NeurIPS",
                        "Lingjie Liu", "Jiatao Gu", "Kyaw Zaw Lin", "Tat-Seng Chua", "Christian Theobalt"),
                new Work("Lombardi19siggraph_Neural_Volumes", "paper", "Neural Volumes: Learning Dynamic Renderable Volumes from Images", "2019", null, null, "ACM Trans. Graph",
                        "Stephen Lombardi", "Tomas Simon", "Jason Saragih", "Gabriel Schwartz", "Andreas Lehrmann", "Yaser Sheikh"),
                new Work("Mildenhall20eccv_nerf", "paper", "NeRF: Representing scenes as neural radiance fields for view synthesis", "2020", null, null, "ECCV",
                        "Ben Mildenhall", "Pratul P. Srinivasan", "Matthew Tancik", "Jonathan T. Barron", "Ravi Ramamoorthi", "Ren Ng"),
                new Work("Niemeyer20cvpr_DVR", "paper", "Differentiable Volumetric Rendering: Learning Implicit 3D Representations without 3D Supervision", "2019", null, null, "CVPR",
                        "Michael Niemeyer", "Lars Mescheder", "Michael Oechsle", "Andreas Geiger"),
                new Work("Ost20arxiv_NSG", "paper", "Neural Scene Graphs for Dynamic Scenes", "2020", "2011.10379", null, "arXiv",
                        "Julian Ost", "Fahim Mannan", "Nils Thürey", "Julian Knodt", "Felix Heide"),
                new Work("Sitzmann19neurips_srn", "paper", "Scene representation networks: Continuous 3D-structure-aware neural scene representations", "2019", null, null, "NeurIPS",
                        "Vincent Sitzmann", "Michael Zollhöfer", "Gordon Wetzstein"),
                new Work("Tewari20eurographics_neural_rendering", "paper", "State of the Art on Neural Rendering", "2020", null, null, "Computer Graphics Forum (EG STAR 2020)",
                        "A. Tewari", "O. Fried", "J. Thies", "V. Sitzmann", "S. Lombardi", "K. Sunkavalli", "R. Martin-Brualla", "T. Simon", "J. Saragih", "M. Nießner",
                        "R. Pandey", "S. Fanello", "G. Wetzstein", "J.-Y. Zhu", "C. Theobalt", "M. Agrawala", "E. Shechtman", "D. B Goldman", "M. Zollhöfer"),
                new Work("YenChen20github_awesome_NeRF", "repo", "Awesome Neural Radiance Fields", "2020", null, null, null, "Lin Yen-Chen"),
                new Work("Yuan21arxiv_star", "paper", "STaR: Self-supervised Tracking and Reconstruction of Rigid Objects in Motion with Neural Rendering", "2021", "2101.01602", null, "arXiv",
                        "Wentao Yuan", "Zhaoyang Lv", "Tanner Schmidt", "Steven Lovegrove"),
                new Work("Zhang20arxiv_nerf++", "paper", "NERF++: Analyzing and Improving Neural Radiance Fields", "2020", "2010.07492", null, "arXiv",
                        "Kai Zhang", "Gernot Riegler", "Noah Snavely", "Vladlen Koltun")));

        // Entered twice (Ost20arxiv_NSG, ost2020neuralscenegraphs): one node, both lines, one author list.
        Node nsg = work("Neural Scene Graphs for Dynamic Scenes");
        assertThat(graph.sourceLines(nsg)).containsExactly(
                ImportHarness.lineOf(bib, "Ost20arxiv_NSG"), ImportHarness.lineOf(bib, "ost2020neuralscenegraphs"));
        assertThat(graph.objects(nsg, Vocab.AUTHOR_LIST)).hasSize(1);
        assertThat(graph.subjects(Vocab.NAME, text("Nils Thuerey"))).isEmpty();
        assertThat(graph.texts(work("BSP-Net: Generating compact meshes via binary space partitioning"), Vocab.PAGES)).containsExactly("45-54");
    }

    @Test
    void d2l_bib_imports_with_accents_decoded_and_et_al_dropped() throws IOException {
        String bib = corpus("d2l.bib");
        ImportResult result = graph.importText("d2l.bib", bib).get(0);
        assertThat(result.entries()).isEqualTo(150);
        assertThat(result.skipped()).isEmpty();
        check(bib, List.of(
                new Work("Abadi.Barham.Chen.ea.2016", "paper", "TensorFlow: A system for large-scale machine learning", "2016", null, null, "OSDI",
                        "Martín Abadi", "Paul Barham", "Jianmin Chen", "Zhifeng Chen", "Andy Davis", "Jeffrey Dean", "Matthieu Devin", "Sanjay Ghemawat",
                        "Geoffrey Irving", "Michael Isard"),
                new Work("Alsallakh.Kokhlikyan.Miglani.ea.2020", "paper", "Mind the PAD -- CNNs can develop blind spots", "2020", "2010.02178", null, "arXiv",
                        "Bilal Alsallakh", "Narine Kokhlikyan", "Vivek Miglani", "Jun Yuan", "Orion Reblitz-Richardson"),
                new Work("Bengio.Ducharme.Vincent.ea.2003", "paper", "A neural probabilistic language model", "2003", null, null, "JMLR",
                        "Yoshua Bengio", "Réjean Ducharme", "Pascal Vincent", "Christian Jauvin"),
                new Work("Bottou.Le-Cun.1988", "paper", "SN: A simulator for connectionist models", "1988", null, null, "Proceedings of NeuroNimes 88",
                        "Léon Bottou", "Yann Le Cun"),
                new Work("Boyd.Vandenberghe.2004", "book", "Convex Optimization", "2004", null, null, null, "Stephen Boyd", "Lieven Vandenberghe"),
                new Work("Cajal.Azoulay.1894", "book", "Les Nouvelles Idées sur la Structure du Système Nerveux chez l'Homme et chez les Vertébrés", "1894", null, null, null,
                        "Santiago Ramón y Cajal", "L. Azoulay"),
                new Work("Cantelli.1933", "paper", "Sulla probabilita come limita della frequenza", "1933", null, null, "Rend. Accad. Lincei", "F. P. Cantelli"),
                new Work("Dean.Corrado.Monga.ea.2012", "paper", "Large scale distributed deep networks", "2012", null, null, "NeurIPS",
                        "Jeffrey Dean", "Greg S Corrado", "Rajat Monga", "Kai Chen", "Matthieu Devin", "Quoc V Le", "Mark Z Mao", "Marc'Aurelio Ranzato",
                        "Andrew Senior", "Paul Tucker"),
                new Work("Dosovitskiy.Beyer.Kolesnikov.ea.2021,", "paper", "An image is worth 16 x 16 words: Transformers for image recognition at scale", "2021", null, null, "ICLR",
                        "Alexey Dosovitskiy", "Lucas Beyer", "Alexander Kolesnikov", "Dirk Weissenborn", "Xiaohua Zhai", "Thomas Unterthiner", "Mostafa Dehghani",
                        "Matthias Minderer", "Georg Heigold", "Sylvain Gelly"),
                new Work("Gardner.Pleiss.Weinberger.Bindel.Wilson.2018", "paper", "GPyTorch: Blackbox matrix--matrix Gaussian process inference with GPU acceleration", "2018", null, null, "NeurIPS",
                        "Jacob Gardner", "Geoff Pleiss", "Kilian Q Weinberger", "David Bindel", "Andrew G Wilson"),
                new Work("Goldberg.Nichols.Oki.ea.1992", "paper", "Using collaborative filtering to weave an information tapestry", "1992", null, null, "Communications of the ACM",
                        "David Goldberg", "David Nichols", "Brian M Oki", "Douglas Terry"),
                new Work("Goodfellow.Bengio.Courville.2016", "book", "Deep Learning", "2016", null, null, null, "Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"),
                new Work("Hochreiter.Bengio.Frasconi.ea.2001", "paper", "Gradient flow in recurrent nets: the difficulty of learning long-term dependencies", "2001", null, null,
                        "A Field Guide to Dynamical Recurrent Neural Networks", "Sepp Hochreiter", "Yoshua Bengio", "Paolo Frasconi", "Jürgen Schmidhuber"),
                new Work("Hochreiter.Schmidhuber.1997", "paper", "Long short-term memory", "1997", null, null, "Neural Computation", "Sepp Hochreiter", "Jürgen Schmidhuber"),
                new Work("@article{10.1145/3544903.3544906", "paper", "Text style transfer: A review and experimental evaluation", "2022", null, "10.1145/3544903.3544906", "SIGKDD Explor. Newsl",
                        "Zhiqiang Hu", "Roy Ka-Wei Lee", "Charu C. Aggarwal", "Aston Zhang"),
                new Work("Jouppi.Young.Patil.ea.2017", "paper", "In-datacenter performance analysis of a tensor processing unit", "2017", null, null,
                        "2017 ACM/IEEE 44th Annual International Symposium on Computer Architecture (ISCA)",
                        "Norman P Jouppi", "Cliff Young", "Nishant Patil", "David Patterson", "Gaurav Agrawal", "Raminder Bajwa", "Sarah Bates", "Suresh Bhatia",
                        "Nan Boden", "Al Borchers"),
                // The person keeps the file's first spelling (Kingma.Ba.2014: "Kingma, Diederik P"); "P." is an alt label.
                new Work("Kingma.Welling.2014", "paper", "Auto-encoding variational Bayes", "2014", null, null, "ICLR", "Diederik P Kingma", "Max Welling"),
                new Work("Kolmogorov.1933", "paper", "Sulla determinazione empirica di una legge di distribuzione", "1933", null, null, "Inst. Ital. Attuari, Giorn",
                        "Andrey Kolmogorov")));

        // "$16\times 16$" and "16 x 16": one work typed twice, with both lines.
        assertThat(graph.sourceLines(work("An image is worth 16 x 16 words: Transformers for image recognition at scale"))).containsExactly(
                ImportHarness.lineOf(bib, "Dosovitskiy.Beyer.Kolesnikov.ea.2021,"), ImportHarness.lineOf(bib, "Dosovitskiy.Beyer.Kolesnikov.ea.2021*1"));
        assertThat(graph.objects(work("Gradient flow in recurrent nets: the difficulty of learning long-term dependencies"), Vocab.TYPE)).contains(Vocab.CHAPTER);
        assertThat(graph.literalsContaining("et al")).isEmpty();
        assertThat(graph.literalsContaining("~")).isEmpty();
        assertThat(graph.literalsContaining("Martn")).isEmpty();
        assertThat(graph.texts(work("Long short-term memory"), Vocab.PAGES)).containsExactly("1735-1780");
    }

    private void check(String bib, List<Work> works) {
        SoftAssertions soft = new SoftAssertions();
        for (Work w : works) {
            List<Node> found = graph.subjects(Vocab.NAME, text(w.title()));
            soft.assertThat(found).as("%s: one work titled %s", w.marker(), w.title()).hasSize(1);
            if (found.size() != 1) continue;
            Node work = found.get(0);
            soft.assertThat(work.getURI()).as(w.marker() + " kind").startsWith(Vocab.ID + w.kind() + "/");
            soft.assertThat(graph.authorList(work).stream().map(a -> graph.texts(a, Vocab.NAME).get(0)).toList())
                    .as(w.marker() + " authors").containsExactly(w.authors());
            soft.assertThat(graph.texts(work, Vocab.DATE_PUBLISHED)).as(w.marker() + " year").containsExactly(w.year());
            soft.assertThat(graph.texts(work, Vocab.ARXIV_ID)).as(w.marker() + " arXiv id").containsExactlyElementsOf(optional(w.arxiv()));
            soft.assertThat(graph.texts(work, Vocab.DOI)).as(w.marker() + " DOI").containsExactlyElementsOf(optional(w.doi()));
            soft.assertThat(graph.objects(work, Vocab.VENUE).stream().map(v -> graph.texts(v, Vocab.NAME).get(0)).toList())
                    .as(w.marker() + " venue").containsExactlyElementsOf(optional(w.venue()));
            soft.assertThat(graph.sourceLines(work)).as(w.marker() + " line").contains(ImportHarness.lineOf(bib, w.marker()));
        }
        soft.assertAll();
    }

    private Node work(String title) {
        List<Node> found = graph.subjects(Vocab.NAME, text(title));
        assertThat(found).as("works titled " + title).hasSize(1);
        return found.get(0);
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : Arrays.asList(value);
    }

    /** The corpus file's text; the test is skipped, saying why, where the shared corpus is absent. */
    private static String corpus(String file) throws IOException {
        Path path = CORPUS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path),
                "shared corpus not found at " + path.toAbsolutePath() + ": the BibTeX corpus tests need ../shared/corpus/" + file);
        return Files.readString(path);
    }
}
