-- AlterTable
ALTER TABLE "SalesDay" ADD COLUMN     "paid" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "payments" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "revenue" SET DEFAULT 0,
ALTER COLUMN "cost" SET DEFAULT 0,
ALTER COLUMN "shipments" SET DEFAULT 0;

-- The payments' side of the day, kept as the shipments' side is (migration sales_day).
CREATE FUNCTION "payment_sales_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "paid", "payments")
    SELECT "tenantId", "date", "managerUserId", -sum("amount"), -count(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET "paid" = d."paid" + excluded."paid", "payments" = d."payments" + excluded."payments";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "paid", "payments")
    SELECT "tenantId", "date", "managerUserId", sum("amount"), count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET "paid" = d."paid" + excluded."paid", "payments" = d."payments" + excluded."payments";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Payment_sales_day_insert" AFTER INSERT ON "Payment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "payment_sales_day"();
CREATE TRIGGER "Payment_sales_day_update" AFTER UPDATE ON "Payment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "payment_sales_day"();
CREATE TRIGGER "Payment_sales_day_delete" AFTER DELETE ON "Payment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "payment_sales_day"();

INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "paid", "payments")
SELECT "tenantId", "date", "managerUserId", sum("amount"), count(*) FROM "Payment" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET "paid" = excluded."paid", "payments" = excluded."payments";
