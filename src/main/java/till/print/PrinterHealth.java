package till.print;

/**
 * How a printer is, as it answered a status request or as the attempt to reach it showed. Immutable.
 *
 * @param cause in words for the cashier's panel: what is wrong and what to do; empty when ready
 */
public record PrinterHealth(Condition condition, String cause) {

    /** What the printer said, or what reaching it showed. Immutable. */
    public enum Condition {
        /** Online, paper in, cover closed. */
        READY,
        /** Online, but the paper roll is nearly used up. */
        PAPER_LOW,
        /** Reached, but it does not answer status requests (a device file, a print queue, some printers). */
        SILENT,
        /** The paper has run out. */
        PAPER_OUT,
        /** The cover is open. */
        COVER_OPEN,
        /** Off, unplugged, unreachable, or in an error it does not explain. */
        OFFLINE
    }

    public static PrinterHealth ready() {
        return new PrinterHealth(Condition.READY, "");
    }

    public static PrinterHealth offline(String cause) {
        return new PrinterHealth(Condition.OFFLINE, cause);
    }

    /** Whether a receipt may be sent now: the printer is ready, nearly out of paper, or does not say. */
    public boolean canPrint() {
        return condition == Condition.READY || condition == Condition.PAPER_LOW || condition == Condition.SILENT;
    }
}
