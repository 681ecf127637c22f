package till.print;

/** The printer as the future printer indicator shows it. Immutable. */
public enum PrinterState {
    /** Nothing wrong as far as the till knows; receipts print. */
    READY,
    /** A receipt is being sent. */
    PRINTING,
    /** Off, unplugged, unreachable, or it broke off mid-receipt: receipts wait for it. */
    OFFLINE,
    /** Out of paper or its cover is open: someone has to go to it. */
    ATTENTION;

    /** The state a printer in this health is shown in. */
    public static PrinterState of(PrinterHealth health) {
        return switch (health.condition()) {
            case READY, PAPER_LOW, SILENT -> READY;
            case PAPER_OUT, COVER_OPEN -> ATTENTION;
            case OFFLINE -> OFFLINE;
        };
    }
}
