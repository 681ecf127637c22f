-- Reports on the receipt printer (the Z report at a session's close, decision 0212): the report as it prints, kept
-- with its job so that it prints after a crash without being written again. Its original is unique by key in the
-- existing original_of column ('z:<session id>'), as an order's original receipt is by the order's uid; a copy
-- has none. Written to be safe to run again.
ALTER TABLE print_jobs ADD COLUMN IF NOT EXISTS report_body CLOB;
