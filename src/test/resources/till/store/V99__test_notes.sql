-- A later migration used only by MigrationsTest: adds a column and fills it.
ALTER TABLE paid_orders ADD COLUMN note VARCHAR(100) DEFAULT 'migrated' NOT NULL;
CREATE TABLE test_marker (id INTEGER PRIMARY KEY);
