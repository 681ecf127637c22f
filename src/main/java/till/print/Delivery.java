package till.print;

/**
 * How sending one print job to the printer went. Immutable.
 *
 * @param health the printer's state as the attempt found it
 * @param cause  what went wrong, in words; empty when printed
 */
public record Delivery(Outcome outcome, PrinterHealth health, String cause) {

    /** Whether the job came out, could not have, or may have. Immutable. */
    public enum Outcome {
        /** The printer took the whole job (and said so, where it answers status requests). */
        PRINTED,
        /** Nothing that could print reached the printer: it is off, unreachable, out of paper or open. */
        NOT_PRINTED,
        /** Part or all of the job may have reached the printer, but it did not confirm: it may have printed. */
        MAYBE_PRINTED
    }

    public static Delivery printed(PrinterHealth health) {
        return new Delivery(Outcome.PRINTED, health, "");
    }

    public static Delivery notPrinted(PrinterHealth health) {
        return new Delivery(Outcome.NOT_PRINTED, health, health.cause());
    }

    public static Delivery maybePrinted(String cause) {
        return new Delivery(Outcome.MAYBE_PRINTED, PrinterHealth.offline(cause), cause);
    }
}
