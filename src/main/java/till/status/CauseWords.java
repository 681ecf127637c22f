package till.status;

import java.util.Locale;
import java.util.Optional;
import till.i18n.PseudoLocale;
import till.i18n.Texts;
import till.outbox.FailureKind;
import till.print.PrinterState;
import till.push.BusCause;

/**
 * The causes the core explains in English (the push channel's {@link BusCause}, the sender's {@link FailureKind}, an
 * internal error, a printer's cause) in the cashier's language. In English the core's own words are shown as they
 * are: they carry the most detail (route, port, HTTP status). In any other language the cause is translated by its
 * kind, and whatever only the core or the server can say (the server's message, the technical detail) follows
 * quoted after a translated lead-in (decision 0235). Immutable.
 */
final class CauseWords {

    /** How the core's workers word an internal error: {@code internal error: <cause>}. */
    private static final String INTERNAL = "internal error: ";

    private final Texts texts;
    private final boolean coreWords;

    CauseWords(Texts texts) {
        this.texts = texts;
        Locale locale = texts.locale();
        String language = locale.getLanguage();
        this.coreWords = !PseudoLocale.is(locale) && (language.isEmpty() || language.equals("en"));
    }

    /** What happened on the push channel. */
    String busWords(BusCause cause) {
        if (coreWords) {
            return cause.words();
        }
        return switch (cause.kind()) {
            case SERVER_ERROR -> texts.get("push.cause.SERVER_ERROR", cause.words());
            case INTERNAL -> internal(cause.words());
            default -> figured("push.cause." + cause.kind().name(), cause.figure());
        };
    }

    /**
     * The kind's text; with the figure the core's words carry (seconds, an HTTP status, a count) where the kind has a
     * text that says it ({@code <key>.n}, decision 0237).
     */
    private String figured(String key, String figure) {
        return figure.isEmpty() || !texts.has(key + ".n") ? texts.get(key) : texts.get(key + ".n", figure);
    }

    /** What to do about it, or empty. */
    String busAdvice(BusCause cause) {
        if (coreWords || cause.advice().isEmpty()) {
            return cause.advice();
        }
        return texts.get("push.advice." + cause.kind().name());
    }

    /**
     * The sender's last failure: its kind's advice, then the detail the core added (the network's or the server's
     * words) quoted.
     */
    String sendFailure(Optional<FailureKind> kind, String words) {
        if (coreWords || kind.isEmpty()) {
            return coreWords ? words : detail(words);
        }
        String advice = kind.get().advice();
        String rest = words.startsWith(advice) ? words.substring(advice.length()).strip() : words.strip();
        String translated = texts.get("failure." + kind.get().name());
        return rest.isEmpty() ? translated : translated + " " + detail(rest);
    }

    /** A worker's internal error ({@code internal error: <cause>}): a translated lead-in and the cause quoted. */
    String internal(String error) {
        if (coreWords) {
            return error;
        }
        String cause = error.startsWith(INTERNAL) ? error.substring(INTERNAL.length()) : error;
        return texts.get("cause.internal", cause);
    }

    /** The last word on one order: the server's refusal or the network's failure, quoted after a lead-in. */
    String orderError(String error, boolean refused) {
        if (coreWords || error.isBlank()) {
            return error;
        }
        return texts.get(refused ? "cause.refused" : "cause.detail", error.strip());
    }

    /** Why the printer is in its state: in another language, the state's advice and the printer's words quoted. */
    String printerCause(PrinterState state, String cause) {
        if (coreWords || cause.isEmpty()) {
            return cause;
        }
        return texts.get("printer.advice." + state.name()) + " " + detail(cause);
    }

    /** Words the core or the server wrote, quoted after "detail". */
    String detail(String words) {
        return words.isBlank() ? "" : texts.get("cause.detail", words.strip());
    }
}
