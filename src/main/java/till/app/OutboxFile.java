package till.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.status.OutboxAccess;

/**
 * The outbox panel's rows and export, read from the store's outbox. The export has the keys of
 * {@code till outbox export}, limited to the orders that have not reached the server. Thread-safe; blocks on the disk.
 */
final class OutboxFile implements OutboxAccess {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final Outbox outbox;

    OutboxFile(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<OutboxEntry> unsent() {
        return outbox.list().stream().filter(e -> e.state() != OutboxState.SENT).toList();
    }

    @Override
    public int export(Path file) throws IOException {
        List<ExportRow> rows = unsent().stream().map(e -> new ExportRow(e.uid(), e.name(), e.state().word(),
                e.amountTotal(), e.paidAt(), e.attempts(), e.lastError())).toList();
        Path target = file.toAbsolutePath();
        // Written beside the target and renamed, so a half-written export never looks complete.
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, json.writeValueAsBytes(rows));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return rows.size();
    }

    /** One exported order, with the documented keys of {@code till outbox export}. Immutable. */
    record ExportRow(@JsonProperty("uid") String uid, @JsonProperty("name") String name,
                     @JsonProperty("state") String state, @JsonProperty("amount_total") BigDecimal amountTotal,
                     @JsonProperty("paid_at") Instant paidAt, @JsonProperty("attempts") int attempts,
                     @JsonProperty("last_error") String lastError) {
    }
}
