package till.odoo;

import java.util.Optional;

/**
 * Why an answer that came back could not be read as Odoo's JSON-RPC answer, as {@link Failures} found it. It is the
 * cause of the {@link OdooException} it classified, so that callers (the push channel's words, the doctor) decide from
 * this value and never from the words. Immutable.
 */
public final class UnusableAnswer extends Exception {

    /** What was wrong with the answer. */
    public enum Problem {
        /** A page (HTML or another type) instead of JSON. */
        PAGE,
        /** JSON was promised but nothing came. */
        EMPTY,
        /** The JSON stops halfway. */
        CUT_OFF,
        /** The body is not JSON at all. */
        INVALID_JSON,
        /** Valid JSON, but not a JSON-RPC answer. */
        NOT_JSON_RPC,
        /** Longer than Till reads for this kind of call ({@link AnswerCap}). */
        TOO_LARGE
    }

    private final Problem problem;

    /**
     * @param what the answer in a few words for a sentence, e.g. "not valid JSON" or "an HTML page (HTTP 200)"
     */
    UnusableAnswer(Problem problem, String what, Throwable cause) {
        super(what, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The answer in a few words for a sentence, e.g. "not valid JSON" or "an HTML page (HTTP 200)". */
    public String what() {
        return getMessage();
    }

    /** The unusable answer behind {@code failure}, empty when it failed another way (a transport, an Odoo error). */
    public static Optional<UnusableAnswer> behind(OdooException failure) {
        return failure.getCause() instanceof UnusableAnswer answer ? Optional.of(answer) : Optional.empty();
    }
}
