-- The order sender claims the oldest waiting orders batch by batch. After a long outage thousands wait, and a claim
-- that joined and sorted them all made a drain quadratic. The outbox gets the paid order's sequence and an index on
-- (state, seq), so a claim reads only the batch it takes. Written to be safe to run again.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS seq BIGINT;
UPDATE outbox o SET seq = (SELECT p.seq FROM paid_orders p WHERE p.uid = o.uid) WHERE seq IS NULL;
CREATE INDEX IF NOT EXISTS outbox_state_seq ON outbox (state, seq);
