package io.studygraph.web;

/** An RFC 9457 problem detail, as every error response carries it. */
record Problem(String type, String title, int status, String detail, String instance) {

    static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }
}
