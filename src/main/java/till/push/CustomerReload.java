package till.push;

import java.util.List;

/** Reloads customers the server says changed ({@code pos_partner_sync}); called on the handler's executor. */
@FunctionalInterface
public interface CustomerReload {

    void reload(List<Long> partnerIds);
}
