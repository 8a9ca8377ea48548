-- AlterTable
ALTER TABLE "SalesDay" ADD COLUMN     "completed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paidDeals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "partlyPaid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "unpaid" INTEGER NOT NULL DEFAULT 0;

-- The deals' side of the day (an order counts while confirmed or completed, on its date, for its manager, in its
-- payment state), kept as the shipments' side is (migration sales_day).
CREATE FUNCTION "order_sales_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "deals", "completed", "paidDeals", "partlyPaid", "unpaid")
    SELECT "tenantId", "date", "managerUserId", -count(*), -count(*) FILTER (WHERE "status" = 'COMPLETED'),
           -count(*) FILTER (WHERE "paymentState" = 'PAID'), -count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID'), -count(*) FILTER (WHERE "paymentState" = 'UNPAID')
    FROM old_rows WHERE "status" IN ('CONFIRMED', 'COMPLETED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET
      "deals" = d."deals" + excluded."deals", "completed" = d."completed" + excluded."completed", "paidDeals" = d."paidDeals" + excluded."paidDeals",
      "partlyPaid" = d."partlyPaid" + excluded."partlyPaid", "unpaid" = d."unpaid" + excluded."unpaid";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "deals", "completed", "paidDeals", "partlyPaid", "unpaid")
    SELECT "tenantId", "date", "managerUserId", count(*), count(*) FILTER (WHERE "status" = 'COMPLETED'),
           count(*) FILTER (WHERE "paymentState" = 'PAID'), count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID'), count(*) FILTER (WHERE "paymentState" = 'UNPAID')
    FROM new_rows WHERE "status" IN ('CONFIRMED', 'COMPLETED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET
      "deals" = d."deals" + excluded."deals", "completed" = d."completed" + excluded."completed", "paidDeals" = d."paidDeals" + excluded."paidDeals",
      "partlyPaid" = d."partlyPaid" + excluded."partlyPaid", "unpaid" = d."unpaid" + excluded."unpaid";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Order_sales_day_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_sales_day"();
CREATE TRIGGER "Order_sales_day_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_sales_day"();
CREATE TRIGGER "Order_sales_day_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_sales_day"();

INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "deals", "completed", "paidDeals", "partlyPaid", "unpaid")
SELECT "tenantId", "date", "managerUserId", count(*), count(*) FILTER (WHERE "status" = 'COMPLETED'),
       count(*) FILTER (WHERE "paymentState" = 'PAID'), count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID'), count(*) FILTER (WHERE "paymentState" = 'UNPAID')
FROM "Order" WHERE "status" IN ('CONFIRMED', 'COMPLETED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET
  "deals" = excluded."deals", "completed" = excluded."completed", "paidDeals" = excluded."paidDeals", "partlyPaid" = excluded."partlyPaid", "unpaid" = excluded."unpaid";
