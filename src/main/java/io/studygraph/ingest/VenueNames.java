package io.studygraph.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The venues StudyGraph knows by name: short display name → the other ways people write it. Matching
 * ignores case, accents, punctuation, years, ordinals and "Proceedings of the" ({@link Venues#key}),
 * so an alias needs listing only when its words differ. The comments quote the real spellings
 * (from d2l.bib, nerf.bib and the reading lists in the corpus) that each alias is there for.
 */
final class VenueNames {
    static final Map<String, List<String>> ALL;

    static {
        Map<String, List<String>> v = new LinkedHashMap<>();
        // Machine learning. "Advances in Neural Information Processing Systems (NeurIPS)" (nerf.bib),
        // "Proceedings of the 25th International Conference on Neural Information Processing Systems" (d2l.bib), "NIPS 2017".
        v.put("NeurIPS", List.of("NIPS", "Neural Information Processing Systems", "Advances in Neural Information Processing Systems",
                "Conference on Neural Information Processing Systems", "International Conference on Neural Information Processing Systems"));
        // "Proceedings of the International Conference on Machine Learning" (d2l.bib), "ICML 2011".
        v.put("ICML", List.of("International Conference on Machine Learning"));
        // "International Conference on Learning Representations (ICLR)" (d2l.bib), "ICLR'22".
        v.put("ICLR", List.of("International Conference on Learning Representations"));
        v.put("AAAI", List.of("AAAI Conference on Artificial Intelligence", "Conference on Artificial Intelligence"));
        // "Proceedings of the 26th International Joint Conference on Artificial Intelligence" (d2l.bib).
        v.put("IJCAI", List.of("International Joint Conference on Artificial Intelligence"));
        v.put("UAI", List.of("Conference on Uncertainty in Artificial Intelligence", "Uncertainty in Artificial Intelligence"));
        // "Proceedings of the 13th International Conference on Artificial Intelligence and Statistics" (d2l.bib).
        v.put("AISTATS", List.of("International Conference on Artificial Intelligence and Statistics", "Artificial Intelligence and Statistics"));
        // "Conference on Learning Theory" (d2l.bib).
        v.put("COLT", List.of("Conference on Learning Theory", "Annual Conference on Learning Theory"));
        v.put("CoRL", List.of("Conference on Robot Learning"));
        v.put("MLSys", List.of("SysML", "Conference on Machine Learning and Systems", "Machine Learning and Systems"));
        v.put("FAccT", List.of("FAT*", "Conference on Fairness, Accountability, and Transparency",
                "ACM Conference on Fairness, Accountability, and Transparency"));
        v.put("TMLR", List.of("Transactions on Machine Learning Research"));
        // "Journal of Machine Learning Research" (d2l.bib), "J. Mach. Learn. Res. 2019".
        v.put("JMLR", List.of("Journal of Machine Learning Research", "J. Mach. Learn. Res."));
        // "... (JAIR 1996)" in a reading list.
        v.put("JAIR", List.of("Journal of Artificial Intelligence Research", "J. Artif. Intell. Res."));
        // "IEEE Transactions on Neural Networks" (d2l.bib) was renamed TNNLS in 2012: two titles, kept apart.
        v.put("TNN", List.of("IEEE Transactions on Neural Networks", "IEEE Trans. Neural Netw.", "Transactions on Neural Networks"));
        v.put("TNNLS", List.of("IEEE Transactions on Neural Networks and Learning Systems", "IEEE Trans. Neural Netw. Learn. Syst."));
        // "Neural Computation 2011"; "Neural {C}omputation" (d2l.bib).
        v.put("Neural Computation", List.of("Neural Comput."));

        // Computer vision. "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)" (nerf.bib),
        // "2005 IEEE Computer Society Conference on Computer Vision and Pattern Recognition (CVPR'05)" (d2l.bib).
        v.put("CVPR", List.of("Conference on Computer Vision and Pattern Recognition", "Computer Vision and Pattern Recognition",
                "IEEE Computer Society Conference on Computer Vision and Pattern Recognition"));
        // "Proceedings of the IEEE International Conference on Computer Vision (ICCV)" (nerf.bib).
        v.put("ICCV", List.of("International Conference on Computer Vision"));
        // "The European Conference on Computer Vision (ECCV)" (nerf.bib), "European Conference on Computer Vision" (d2l.bib).
        v.put("ECCV", List.of("European Conference on Computer Vision"));
        v.put("WACV", List.of("Winter Conference on Applications of Computer Vision"));
        v.put("BMVC", List.of("British Machine Vision Conference"));
        v.put("3DV", List.of("International Conference on 3D Vision"));
        v.put("MICCAI", List.of("Medical Image Computing and Computer Assisted Intervention",
                "International Conference on Medical Image Computing and Computer-Assisted Intervention"));
        // "IEEE Transactions on Pattern Analysis and Machine Intelligence" (d2l.bib).
        v.put("TPAMI", List.of("PAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence",
                "IEEE Trans. Pattern Anal. Mach. Intell."));
        v.put("IJCV", List.of("International Journal of Computer Vision", "Int. J. Comput. Vis."));
        v.put("SIGGRAPH Asia", List.of("ACM SIGGRAPH Asia"));
        v.put("SIGGRAPH", List.of("ACM SIGGRAPH", "Special Interest Group on Computer Graphics and Interactive Techniques"));

        // Language. "Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing" (d2l.bib).
        v.put("Findings of EMNLP", List.of("Findings of the Association for Computational Linguistics: EMNLP", "EMNLP Findings"));
        v.put("EMNLP", List.of("Conference on Empirical Methods in Natural Language Processing", "Empirical Methods in Natural Language Processing"));
        v.put("ACL", List.of("Annual Meeting of the Association for Computational Linguistics", "Association for Computational Linguistics"));
        v.put("NAACL", List.of("NAACL-HLT", "North American Chapter of the Association for Computational Linguistics",
                "Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies"));
        v.put("EACL", List.of("European Chapter of the Association for Computational Linguistics",
                "Conference of the European Chapter of the Association for Computational Linguistics"));
        // "{COLING} {B}udapest 1988 {V}olume 1: {I}nternational {C}onference on {C}omputational {L}inguistics" (d2l.bib).
        v.put("COLING", List.of("International Conference on Computational Linguistics"));
        // "Transactions of the Association for Computational Linguistics" (d2l.bib) is a journal, not ACL.
        v.put("TACL", List.of("Transactions of the Association for Computational Linguistics"));
        v.put("Interspeech", List.of("Annual Conference of the International Speech Communication Association"));
        v.put("ICASSP", List.of("International Conference on Acoustics, Speech and Signal Processing",
                "International Conference on Acoustics, Speech, and Signal Processing"));

        // Data, web and retrieval. "Proceedings of the 23rd International Conference on World Wide Web" (d2l.bib).
        v.put("WWW", List.of("The Web Conference", "World Wide Web Conference", "International Conference on World Wide Web",
                "International World Wide Web Conference"));
        // "Proceedings of the 40th International ACM SIGIR Conference on Research and Development in Information Retrieval" (d2l.bib).
        v.put("SIGIR", List.of("International ACM SIGIR Conference on Research and Development in Information Retrieval",
                "SIGIR Conference on Research and Development in Information Retrieval"));
        // "Proceedings of the Fifth ACM International Conference on Web Search and Data Mining" (d2l.bib).
        v.put("WSDM", List.of("International Conference on Web Search and Data Mining"));
        v.put("KDD", List.of("SIGKDD", "ACM SIGKDD International Conference on Knowledge Discovery and Data Mining",
                "International Conference on Knowledge Discovery and Data Mining", "Knowledge Discovery and Data Mining"));
        v.put("CIKM", List.of("International Conference on Information and Knowledge Management"));
        // "2008 8th IEEE International Conference on Data Mining" (d2l.bib).
        v.put("ICDM", List.of("International Conference on Data Mining"));

        // Robotics.
        v.put("ICRA", List.of("International Conference on Robotics and Automation"));
        v.put("IROS", List.of("International Conference on Intelligent Robots and Systems",
                "IEEE/RSJ International Conference on Intelligent Robots and Systems"));
        v.put("RSS", List.of("Robotics: Science and Systems"));

        // Systems. "12th {USENIX} {S}ymposium on {O}perating {S}ystems {D}esign and {I}mplementation ({OSDI} 16)" (d2l.bib).
        v.put("OSDI", List.of("Symposium on Operating Systems Design and Implementation"));
        v.put("SOSP", List.of("Symposium on Operating Systems Principles"));
        v.put("NSDI", List.of("Symposium on Networked Systems Design and Implementation"));

        // Journals across fields. "Communications of the {ACM}" (d2l.bib).
        v.put("Communications of the ACM", List.of("CACM", "Commun. ACM"));
        v.put("PNAS", List.of("Proceedings of the National Academy of Sciences", "Proc. Natl. Acad. Sci."));
        v.put("Nature", List.of());
        v.put("Science", List.of());

        // Preprints. "arXiv preprint arXiv:2012.09790" (nerf.bib), "Ar{X}iv:1607.06450" (d2l.bib), "CoRR abs/1412.6980", "arxiv 2022".
        v.put("arXiv", List.of("arXiv preprint", "arXiv preprint arXiv", "arXiv e-prints", "CoRR"));
        ALL = Collections.unmodifiableMap(v);
    }

    private VenueNames() {}
}
