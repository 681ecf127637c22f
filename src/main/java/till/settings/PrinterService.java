package till.settings;

/**
 * The printer section of the settings screen as the composition root provides it: the printer of
 * {@code till.properties}, a test page, and saving. Implementations block on the printer and the disk: call them on
 * an I/O thread only. Every failure is an exception whose message says, in words, what is wrong.
 */
public interface PrinterService {

    /**
     * The printer settings as the admin fills them in. Immutable.
     *
     * @param device    {@code tcp://HOST[:PORT]}, {@code file:PATH}, {@code queue:NAME}; empty: no printer
     * @param paper     {@code 58} or {@code 80} (millimetres), or {@code 42} (columns)
     * @param autoPrint print each receipt right after the payment
     * @param drawer    open the cash drawer on cash payments
     */
    record Form(String device, String paper, boolean autoPrint, boolean drawer) {
    }

    /** The printer settings in {@code till.properties} now. */
    Form current() throws Exception;

    /** Prints a test page on the printer of the form; returns what happened, in words (also when it did not print). */
    String test(Form form) throws Exception;

    /** Writes the printer settings to {@code till.properties}; returns a summary. */
    String save(Form form) throws Exception;
}
