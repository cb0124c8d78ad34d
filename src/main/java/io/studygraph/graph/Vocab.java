package io.studygraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The IRIs StudyGraph reads and writes, in one place. See {@code docs/data-model.md}.
 */
public final class Vocab {
    public static final String SG = "https://w3id.org/studygraph/ontology#";
    public static final String ID = "https://w3id.org/studygraph/id/";
    public static final String SOURCE = "https://w3id.org/studygraph/source/";
    /** Named graphs of what the alignment derived from a source: {@code derived/{file-name}}. */
    public static final String DERIVED = "https://w3id.org/studygraph/derived/";
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/studygraph/ontology";
    /** What each import reported (entries skipped, warnings), one named graph per source: {@code report/{file-name}}. */
    public static final String REPORT = "https://w3id.org/studygraph/report/";
    /** Study data (progress, notes, plan moves): one named graph per learner, {@code study/{learner}}. */
    public static final String STUDY = "https://w3id.org/studygraph/study/";
    /** What the glossary linking found in titles, abstracts, descriptions and notes; rebuilt, never imported. */
    public static final String GLOSSARY_MENTIONS_GRAPH = DERIVED + "glossary-mentions";
    /** Each entity's {@code sg:importance}, computed from the links after every import; rebuilt, never imported. */
    public static final String IMPORTANCE_GRAPH = DERIVED + "importance";

    public static final String SCHEMA = "https://schema.org/";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    // Classes
    public static final Node SCHOLARLY_ARTICLE = schema("ScholarlyArticle");
    public static final Node CHAPTER = schema("Chapter");
    public static final Node BOOK = schema("Book");
    public static final Node BLOG_POSTING = schema("BlogPosting");
    public static final Node VIDEO_OBJECT = schema("VideoObject");
    public static final Node SOFTWARE_SOURCE_CODE = schema("SoftwareSourceCode");
    public static final Node PERSON = schema("Person");
    public static final Node ORGANIZATION = schema("Organization");
    public static final Node DEFINED_TERM = schema("DefinedTerm");
    public static final Node QA_PAGE = schema("QAPage");
    public static final Node CONCEPT = skos("Concept");
    public static final Node TUTORIAL = sg("Tutorial");
    public static final Node READING_LIST = sg("ReadingList");
    public static final Node READING_LIST_SECTION = sg("ReadingListSection");

    // Properties
    public static final Node TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node RDFS_LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node RDFS_SEE_ALSO = NodeFactory.createURI(RDFS + "seeAlso");
    public static final Node NAME = schema("name");
    public static final Node PREF_LABEL = skos("prefLabel");
    public static final Node ALT_LABEL = skos("altLabel");
    public static final Node DEFINITION = skos("definition");
    public static final Node AUTHOR = schema("author");
    public static final Node AUTHOR_LIST = NodeFactory.createURI(BIBO + "authorList");
    public static final Node DATE_PUBLISHED = schema("datePublished");
    /** A source's author list or date that another source's comes before (see {@code Precedence}). */
    public static final Node VARIANT_AUTHOR_LIST = sg("variantAuthorList");
    public static final Node VARIANT_DATE = sg("variantDate");
    public static final Node VARIANT_NAME = sg("variantName");
    /** In a source's import report: the rank its import gave it ("curated", "records", "list"). */
    public static final Node PRECEDENCE = sg("precedence");
    /** In a source's import report: how it was read (the report's format word) and where it came from (a file's address, "upload", "bundled"). */
    public static final Node REPORT_FORMAT = NodeFactory.createURI(DCTERMS + "format");
    public static final Node REPORT_ORIGIN = NodeFactory.createURI(DCTERMS + "source");
    /** A source sent over HTTP or given as text. */
    public static final String UPLOAD = "upload";
    public static final Node DESCRIPTION = schema("description");
    public static final Node VENUE = sg("venue");
    public static final Node VOLUME = NodeFactory.createURI(BIBO + "volume");
    public static final Node PAGES = NodeFactory.createURI(BIBO + "pages");
    public static final Node DOI = NodeFactory.createURI(BIBO + "doi");
    public static final Node ARXIV_ID = sg("arxivId");
    public static final Node OPENREVIEW_ID = sg("openReviewId");
    public static final Node YOUTUBE_ID = sg("youtubeId");
    public static final Node GITHUB_REPO = sg("githubRepo");
    public static final Node STACK_EXCHANGE_ID = sg("stackExchangeId");
    public static final Node URL = schema("url");
    public static final Node SAME_AS = schema("sameAs");
    public static final Node CITATIONS_PAGE = sg("citationsPage");
    public static final Node SOURCE_FILE = sg("sourceFile");
    public static final Node UNRESOLVED_LINK = sg("unresolvedLink");
    public static final Node CITES = NodeFactory.createURI(CITO + "cites");
    public static final Node LINKS_TO = NodeFactory.createURI(CITO + "linksTo");
    public static final Node EXPLAINS = sg("explains");
    public static final Node IMPLEMENTS = sg("implements");
    public static final Node PRESENTER = sg("presenter");
    public static final Node CHANNEL = sg("channel");
    public static final Node RECOMMENDED_BY = sg("recommendedBy");
    public static final Node HAS_PART = schema("hasPart");
    public static final Node IS_PART_OF = schema("isPartOf");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node SOURCE_LINE = sg("sourceLine");
    public static final Node INVERSE_LABEL = sg("inverseLabel");
    public static final Node BUILDS_ON = sg("buildsOn");
    public static final Node EXTENDS = NodeFactory.createURI(CITO + "extends");
    public static final Node MENTIONS = schema("mentions");
    public static final Node ABOUT = schema("about");
    public static final Node ABSTRACT = schema("abstract");
    /** A summary written for the reading list, kept apart from the authors' abstract. */
    public static final Node SUMMARY = sg("summary");
    public static final Node BROADER = skos("broader");
    public static final Node SURVEY = sg("Survey");

    // Study data (see docs/data-model.md, "Study data")
    public static final Node NOTE = sg("Note");
    public static final Node PROGRESS = sg("Progress");
    public static final Node PLAN_MOVE = sg("PlanMove");
    public static final Node LEARNER = sg("learner");
    public static final Node ITEM = sg("item");
    public static final Node STATUS = sg("status");
    public static final Node POSITION = sg("position");
    public static final Node NOTE_ON = sg("noteOn");
    public static final Node NOTE_RELATION = sg("noteRelation");
    public static final Node NOTE_OBJECT = sg("noteObject");
    public static final Node TEXT = sg("text");
    public static final Node NOTE_LINKS_TO = sg("noteLinksTo");
    public static final Node MENTIONS_CONCEPT = sg("mentionsConcept");
    public static final Node IMPORTANCE = sg("importance");
    public static final Node IMPORT_REPORT = sg("ImportReport");
    public static final Node REPORT_OF = sg("reportOf");
    public static final Node SKIPPED_ENTRY = sg("skippedEntry");
    public static final Node IMPORT_WARNING = sg("importWarning");
    public static final Node ENTRY_COUNT = sg("entryCount");
    public static final Node GENERATED_AT = NodeFactory.createURI(PROV + "generatedAtTime");
    public static final Node CREATED = NodeFactory.createURI(DCTERMS + "created");
    public static final Node MODIFIED = NodeFactory.createURI(DCTERMS + "modified");

    private Vocab() {}

    public static Node sg(String local) { return NodeFactory.createURI(SG + local); }
    public static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }
    public static Node skos(String local) { return NodeFactory.createURI(SKOS + local); }

    /** The IRI of an entity: {@code id:{kind}/{key}}. */
    public static Node entity(Kind kind, String key) {
        return NodeFactory.createURI(ID + kind.slug() + "/" + key);
    }

    /** The source a graph of {@link #sourceGraph(String)} holds ("reading-list.md"); another graph's name as it is. */
    public static String sourceName(String graph) {
        return graph.startsWith(SOURCE) ? graph.substring(SOURCE.length()) : graph;
    }

    /** The named graph that holds what one source file said. */
    public static Node sourceGraph(String sourceName) {
        return NodeFactory.createURI(SOURCE + sourceName);
    }

    /**
     * The named graph that holds what the alignment derived from one source file; it is replaced
     * and removed together with {@link #sourceGraph(String)}.
     */
    public static Node derivedGraph(String sourceName) {
        return NodeFactory.createURI(DERIVED + sourceName);
    }

    /** The named graph that holds the import report of one source file, replaced with it. */
    public static Node reportGraph(String sourceName) {
        return NodeFactory.createURI(REPORT + sourceName);
    }

    /** The named graph of one learner's study data. */
    public static Node studyGraph(String learner) {
        return NodeFactory.createURI(STUDY + learner);
    }

    /** The prefixes predeclared for queries and used when writing Turtle. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("sg", SG).setNsPrefix("id", ID).setNsPrefix("src", SOURCE)
                .setNsPrefix("schema", SCHEMA).setNsPrefix("cito", CITO).setNsPrefix("bibo", BIBO)
                .setNsPrefix("dcterms", DCTERMS).setNsPrefix("foaf", FOAF).setNsPrefix("skos", SKOS)
                .setNsPrefix("prov", PROV).setNsPrefix("rdf", RDF).setNsPrefix("rdfs", RDFS)
                .setNsPrefix("owl", OWL).setNsPrefix("xsd", XSD)
                .lock();
    }
}
