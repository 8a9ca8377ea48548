-- CreateTable
CREATE TABLE "SalesDay" (
    "tenantId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "managerUserId" TEXT NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,
    "cost" DECIMAL(18,2) NOT NULL,
    "shipments" INTEGER NOT NULL,

    CONSTRAINT "SalesDay_pkey" PRIMARY KEY ("tenantId","date","managerUserId")
);

-- Kept by the shipments' own writes, whatever writes them (use cases, merges, order edits, COPY): one aggregate per
-- statement from its transition tables, subtracting the old rows and adding the new. Groups are written in key
-- order, so two statements touching the same days lock them in the same order.
CREATE FUNCTION "shipment_sales_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "revenue", "cost", "shipments")
    SELECT "tenantId", "date", "managerUserId", -sum("amount"), -sum("cost"), -count(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE
      SET "revenue" = d."revenue" + excluded."revenue", "cost" = d."cost" + excluded."cost", "shipments" = d."shipments" + excluded."shipments";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "revenue", "cost", "shipments")
    SELECT "tenantId", "date", "managerUserId", sum("amount"), sum("cost"), count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE
      SET "revenue" = d."revenue" + excluded."revenue", "cost" = d."cost" + excluded."cost", "shipments" = d."shipments" + excluded."shipments";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Shipment_sales_day_insert" AFTER INSERT ON "Shipment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sales_day"();
CREATE TRIGGER "Shipment_sales_day_update" AFTER UPDATE ON "Shipment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sales_day"();
CREATE TRIGGER "Shipment_sales_day_delete" AFTER DELETE ON "Shipment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sales_day"();

INSERT INTO "SalesDay" ("tenantId", "date", "managerUserId", "revenue", "cost", "shipments")
SELECT "tenantId", "date", "managerUserId", sum("amount"), sum("cost"), count(*) FROM "Shipment" GROUP BY 1, 2, 3;
