package io.studygraph.study;

/**
 * A study operation asked for something that cannot be: an unknown entity, a status that does not
 * exist, a note too long. The message names what was wrong; the web answers 400 (404 when
 * {@link #notFound()}), the CLI prints it.
 */
public class StudyException extends RuntimeException {
    private final boolean notFound;

    private StudyException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    public static StudyException badInput(String message) {
        return new StudyException(message, false);
    }

    public static StudyException notFound(String message) {
        return new StudyException(message, true);
    }

    public boolean notFound() {
        return notFound;
    }
}
