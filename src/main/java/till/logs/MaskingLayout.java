package till.logs;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A logback pattern layout whose every line, stack traces included, goes through {@link LogMasks}. The console
 * appender of {@code logback.xml} uses it with the masks {@link LogFiles} puts in the logger context (shape-only
 * masks before that); the log files get theirs directly. Thread-safe.
 */
public final class MaskingLayout extends PatternLayout {

    /** The logger context object under which the current masks are published for layouts made from XML. */
    static final String CONTEXT_KEY = "till.logMasks";

    private volatile LogMasks masks;

    /** Masks given directly; without, the context's or shape-only masks apply. */
    void setMasks(LogMasks masks) {
        this.masks = masks;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return currentMasks().mask(super.doLayout(event));
    }

    private LogMasks currentMasks() {
        LogMasks given = masks;
        if (given != null) {
            return given;
        }
        Object published = getContext() == null ? null : getContext().getObject(CONTEXT_KEY);
        return published instanceof LogMasks m ? m : LogMasks.patterns();
    }
}
