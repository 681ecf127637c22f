package till.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import till.files.AtomicFiles;

/**
 * The outbox as scripts and support read it: the JSON of {@code till outbox list --json}, {@code till outbox export}
 * and the outbox panel's export, with the documented keys. Thread-safe.
 */
public final class OutboxJson {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The entries as a JSON array of objects with the keys {@link Row} names. */
    public String write(List<OutboxEntry> entries) {
        try {
            return json.writeValueAsString(entries.stream().map(Row::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox rows are always serializable", e);
        }
    }

    /** Writes the array next to the target, then renames it, so a reader never sees half a file. */
    public void export(List<OutboxEntry> entries, Path file) throws IOException {
        AtomicFiles.replace(file, write(entries));
    }

    /**
     * One outbox row; the field names are the documented JSON keys. The last three are there only when they say
     * something (added later, so that the rows of earlier versions read as before). Immutable.
     */
    record Row(
            @JsonProperty("uid") String uid,
            @JsonProperty("name") String name,
            @JsonProperty("state") String state,
            @JsonProperty("amount_total") BigDecimal amountTotal,
            @JsonProperty("paid_at") Instant paidAt,
            @JsonProperty("attempts") int attempts,
            @JsonProperty("last_error") String lastError,
            @JsonProperty("unknown_since") @JsonInclude(JsonInclude.Include.NON_NULL) Instant unknownSince,
            @JsonProperty("server_id") @JsonInclude(JsonInclude.Include.NON_NULL) Long serverId,
            @JsonProperty("found_by_lookup") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean foundByLookup) {

        static Row of(OutboxEntry e) {
            return new Row(e.uid(), e.name(), e.state().word(), e.amountTotal(), e.paidAt(), e.attempts(),
                    e.lastError(), e.unknownSince().orElse(null),
                    e.serverId().isPresent() ? e.serverId().getAsLong() : null, e.foundByLookup() ? true : null);
        }
    }
}
