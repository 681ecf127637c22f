package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pos_partner_sync} notification {@code {message: "update_partner_fields", action, partner_ids}}: asks
 * for those customers to be reloaded. Other messages on that channel are ignored. Thread-safe.
 */
public final class PartnerSyncHandler implements NotificationHandler {

    /** The channel name {@code pos_partner_sync} sends on. */
    public static final String CHANNEL = "pos_partner_sync";

    private final CustomerReload reload;

    public PartnerSyncHandler(CustomerReload reload) {
        this.reload = reload;
    }

    @Override
    public void handle(BusMessage message) {
        JsonNode body = message.payload();
        if (!"update_partner_fields".equals(body.path("message").asText())) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : body.path("partner_ids")) {
            if (id.canConvertToLong()) {
                ids.add(id.asLong());
            }
        }
        if (!ids.isEmpty()) {
            reload.reload(List.copyOf(ids));
        }
    }
}
