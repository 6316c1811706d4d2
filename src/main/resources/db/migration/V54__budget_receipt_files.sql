-- Receipts move out of the database into files (silheomjang.budget.receipt-dir), streamed in and out, never held in
-- memory whole: receipt_key names the stored file. Rows still in expense_receipt (written before V54) are moved into
-- files once at startup (budget.internal.ReceiptStore); the table then stays empty.
ALTER TABLE expense ADD COLUMN receipt_key VARCHAR(36);
