package till.catalog;

/** A POS product category ({@code pos.category}). Immutable. {@code parentId} is null at the top. */
public record Category(long id, String name, Long parentId) {
}
