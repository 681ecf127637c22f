package till.logs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml (not the tests' copy), loaded into a context of its own. */
class LogbackXmlTest {

    private final LoggerContext context = new LoggerContext();
    private OutputStreamAppender<ILoggingEvent> console;

    @BeforeEach
    void loadTheShippedConfiguration() throws Exception {
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("STDERR");
    }

    @Test
    void itLoadsWithoutErrorsAndLeavesInfoToTheLogFiles() {
        assertThat(new StatusUtil(context).getHighestLevel(0)).isLessThan(Status.ERROR);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(console.getFilterChainDecision(event(Level.INFO, "sent 3 orders"))).isEqualTo(FilterReply.DENY);
        assertThat(console.getFilterChainDecision(event(Level.WARN, "orders wait"))).isNotEqualTo(FilterReply.DENY);
    }

    @Test
    void aLineAlreadyShownToAPersonIsNotPrintedTwice() {
        LoggingEvent shown = event(Level.ERROR, "the till refused to start");
        shown.addMarker(LogFiles.SHOWN);

        assertThat(console.getFilterChainDecision(shown)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void theConsoleMasksSessionCookies() {
        String line = new String(console.getEncoder().encode(event(Level.WARN, "Cookie: session_id=4f1a9c2e77")),
                StandardCharsets.UTF_8);

        assertThat(line).contains("Cookie: ****").doesNotContain("4f1a9c2e77");
    }

    private LoggingEvent event(Level level, String message) {
        return new LoggingEvent(Logger.class.getName(), context.getLogger("till.test"), level, message, null, null);
    }
}
