-- The catalog cache keeps the server's order (server_order, 0 first) and is updated in place: rows are upserted
-- and deleted one by one, never deleted and inserted as a whole (docs/decisions/0171). Rows cached before this
-- migration keep server_order 0 and their id order until the next refresh. Written to be safe to run again.
ALTER TABLE catalog_settings ADD COLUMN IF NOT EXISTS server_order INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_categories ADD COLUMN IF NOT EXISTS server_order INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_products ADD COLUMN IF NOT EXISTS server_order INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_taxes ADD COLUMN IF NOT EXISTS server_order INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_payment_methods ADD COLUMN IF NOT EXISTS server_order INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_customers ADD COLUMN IF NOT EXISTS server_order INTEGER DEFAULT 0 NOT NULL;
