package io.studygraph.web;

/** An RFC 9457 problem detail, as every error response carries it. */
record Problem(String type, String title, int status, String detail, String instance) {

    static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }

    /**
     * A request's value as a detail quotes it: whole up to 100 characters, then cut, so a 10 KB
     * parameter is not sent back whole (and never cut inside a surrogate pair).
     */
    static String echo(String value) {
        if (value.codePointCount(0, value.length()) <= 100) return value;
        return value.substring(0, value.offsetByCodePoints(0, 100)) + "…";
    }
}
