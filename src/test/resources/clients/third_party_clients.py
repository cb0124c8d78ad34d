"""Third-party SPARQL and RDF clients against a running StudyGraph: SPARQLWrapper, rdflib and pyld.

Usage: python3 third_party_clients.py BASE_URL
Prints one line per check and exits non-zero on the first failure.
"""
import sys

from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TURTLE, POST
import urllib.request

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

base = sys.argv[1].rstrip("/")
endpoint = base + "/sparql"
PAPERS = """PREFIX schema: <https://schema.org/>
SELECT ?p ?t WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t } ORDER BY ?t"""


def check(name, condition):
    if not condition:
        print("FAIL " + name)
        sys.exit(1)
    print("ok " + name)


def wrapper(query, fmt, method=None):
    w = SPARQLWrapper(endpoint)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method:
        w.setMethod(method)
    return w.query().convert()


rows = wrapper(PAPERS, JSON)["results"]["bindings"]
check("SPARQLWrapper SELECT as JSON", len(rows) >= 7 and any("Beat GANs" in r["t"]["value"] for r in rows))

xml = wrapper(PAPERS, XML)
check("SPARQLWrapper SELECT as XML", len(xml.getElementsByTagName("result")) == len(rows))

csv = wrapper(PAPERS, CSV)
check("SPARQLWrapper SELECT as CSV", csv.decode("utf-8").splitlines()[0].strip() == "p,t")

check("SPARQLWrapper POST ASK", wrapper("ASK { ?s ?p ?o }", JSON, POST)["boolean"] is True)

graph = wrapper("PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?t } WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t }", TURTLE)
g = rdflib.Graph().parse(data=graph, format="turtle")
check("SPARQLWrapper CONSTRUCT as Turtle parsed by rdflib", len(g) >= 7)

# SPARQLWrapper's default mode sends format=xml beside an RDF Accept for a graph: Accept decides.
CONSTRUCT = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?t } WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t }"
for form, query in (("CONSTRUCT", CONSTRUCT), ("DESCRIBE", "DESCRIBE <https://w3id.org/studygraph/id/paper/arxiv-2105.05233>")):
    w = SPARQLWrapper(endpoint)
    w.setQuery(query)
    g = w.query().convert()
    check("SPARQLWrapper default " + form, isinstance(g, rdflib.Graph) and len(g) >= (7 if form == "CONSTRUCT" else 5))

store = SPARQLStore(endpoint)
names = list(store.query(PAPERS))
check("rdflib SPARQLStore SELECT", len(names) == len(rows))

paper = rdflib.URIRef("https://w3id.org/studygraph/id/paper/arxiv-2105.05233")
name = rdflib.URIRef("https://schema.org/name")
for fmt, mime in (("turtle", "text/turtle"), ("json-ld", "application/ld+json")):
    g = rdflib.Graph()
    req = urllib.request.Request(base + "/id/paper/arxiv-2105.05233", headers={"Accept": mime})
    with urllib.request.urlopen(req) as resp:
        g.parse(data=resp.read().decode("utf-8"), format=fmt)
    check("rdflib reads the entity IRI as " + fmt, (paper, name, None) in g)

# pyld fetches the IRI as JSON-LD (Accept: application/ld+json, application/json) and expands it.
from pyld import jsonld
expanded = jsonld.expand(base + "/id/paper/arxiv-2105.05233")
node = next((n for n in expanded if n.get("@id") == str(paper)), None)
check("pyld expands the entity IRI", node is not None and any(v.get("@value") == "Diffusion Models Beat GANs on Image Synthesis"
                                                               for v in node.get("https://schema.org/name", [])))

# rdflib's own content negotiation (its Accept lists RDF types by quality).
g = rdflib.Graph().parse(base + "/id/paper/arxiv-2105.05233")
check("rdflib parses the entity IRI by its own content negotiation", (paper, name, None) in g)

print("all third-party client checks passed")
