package io.studygraph.ingest;

/** A classified link and the source line it was written on. */
record LocatedLink(Link link, int line) {}
