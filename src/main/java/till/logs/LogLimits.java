package till.logs;

/**
 * How big the log files may grow: the main log and the connection history each roll into numbered files of at most
 * a size, and the oldest is deleted beyond a count. Immutable.
 *
 * @param fileBytes        the size at which {@code till.log} rolls over
 * @param files            how many main log files are kept, {@code till.log} included
 * @param historyFileBytes the size at which {@code connections.log} rolls over
 * @param historyFiles     how many connection history files are kept, {@code connections.log} included
 */
public record LogLimits(long fileBytes, int files, long historyFileBytes, int historyFiles) {

    private static final long MB = 1024 * 1024;

    public LogLimits {
        if (fileBytes <= 0 || historyFileBytes <= 0 || files < 1 || historyFiles < 1 || files > 20
                || historyFiles > 20) {
            throw new IllegalArgumentException("log limits out of range: " + fileBytes + " x " + files + ", "
                    + historyFileBytes + " x " + historyFiles);
        }
    }

    /** 9 x 5 MB of log and 5 x 1 MB of connection history: at most 50 MB (plus one line per file). */
    public static LogLimits standard() {
        return new LogLimits(5 * MB, 9, MB, 5);
    }

    /** The most the files may hold together, give or take the line that crossed a limit. */
    public long totalBytes() {
        return fileBytes * files + historyFileBytes * historyFiles;
    }
}
