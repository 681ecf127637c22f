-- A send that failed after its request may have reached the server leaves its orders with an unknown outcome: the
-- server may have stored them, or may still be storing them (docs/decisions/0160). They stay in state SENDING (a
-- send that may still be running at the server; V1's CHECK knows no other word, and H2 can drop an unnamed CHECK only
-- by a name it made up) with unknown_since set: from then on the sender waits out the server's request time limit,
-- then looks them up. A confirmed order keeps the server's id and how it was confirmed (the answer or a lookup).
-- Written to be safe to run again.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS unknown_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS server_id BIGINT;
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS confirmed_by VARCHAR(16);
