package till.order;

/**
 * Hands out order identities; the sequence number is durably stored before it is returned, so a restart never
 * reuses one. Implementations are thread-safe and block on the disk.
 */
public interface OrderNumbers {

    OrderUid next(long sessionId, int loginNumber);
}
