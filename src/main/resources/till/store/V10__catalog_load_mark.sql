-- Where the paged product load stands (docs/catalog.md, decision 0174): the next page of a full load in progress
-- (-1 when complete), the newest write date stored (an incremental refresh asks for what was written after it) and
-- when the ids were last reconciled. One row, written in the same transaction as each page of products.
CREATE TABLE IF NOT EXISTS catalog_load_mark (
    id INTEGER PRIMARY KEY,
    next_offset INTEGER NOT NULL,
    write_cursor VARCHAR(40) NOT NULL,
    reconciled_at TIMESTAMP WITH TIME ZONE
);
