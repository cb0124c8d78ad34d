package io.studygraph.ingest;

/** A classified link, the source line it was written on, and its link text ("" for a bare URL). */
record LocatedLink(Link link, int line, String label) {}
