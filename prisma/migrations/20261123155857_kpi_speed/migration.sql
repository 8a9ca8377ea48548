-- Manager KPIs on a million orders (docs/decisions/0014-kpi-speed.md): each counterparty's first sale and first
-- deal dates, kept by the writes that change them, and covering indexes from which the KPI queries read without
-- touching the tables.

-- The covering indexes below replace the narrower ones they start with.
-- DropIndex
DROP INDEX "ContactInfo_tenantId_counterpartyId_idx";

-- DropIndex
DROP INDEX "Order_tenantId_date_idx";

-- DropIndex
DROP INDEX "Payment_tenantId_date_idx";

-- DropIndex
DROP INDEX "Shipment_tenantId_date_idx";

-- AlterTable
ALTER TABLE "Counterparty" ADD COLUMN     "firstDealOn" DATE,
ADD COLUMN     "firstSaleOn" DATE;

-- Backfill, before the indexes on the new columns are built: the first shipment date, and the date of the
-- earliest confirmed or completed order.
UPDATE "Counterparty" c SET "firstSaleOn" = f."firstSaleOn", "firstDealOn" = f."firstDealOn"
FROM (
  SELECT "tenantId", "counterpartyId", min("firstSaleOn") AS "firstSaleOn", min("firstDealOn") AS "firstDealOn"
  FROM (
    SELECT "tenantId", "counterpartyId", "date" AS "firstSaleOn", NULL::date AS "firstDealOn" FROM "Shipment"
    UNION ALL
    SELECT "tenantId", "counterpartyId", NULL, "date" FROM "Order" WHERE "status" IN ('CONFIRMED', 'COMPLETED')
  ) documents
  GROUP BY 1, 2
) f
WHERE c."tenantId" = f."tenantId" AND c."id" = f."counterpartyId";

-- CreateIndex
CREATE INDEX "ClassificationChange_history_idx" ON "ClassificationChange"("tenantId", "dimension", "counterpartyId", "createdAt", "id", "fromValue", "toValue");

-- CreateIndex
CREATE INDEX "ContactInfo_tenantId_counterpartyId_type_idx" ON "ContactInfo"("tenantId", "counterpartyId", "type");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_firstSaleOn_responsibleUserId_idx" ON "Counterparty"("tenantId", "firstSaleOn", "responsibleUserId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_firstDealOn_idx" ON "Counterparty"("tenantId", "firstDealOn");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_id_responsible_idx" ON "Counterparty"("tenantId", "id", "responsibleUserId", "archived");

-- CreateIndex
CREATE INDEX "Order_tenantId_date_deals_idx" ON "Order"("tenantId", "date", "status", "managerUserId", "paymentState");

-- CreateIndex
CREATE INDEX "Payment_tenantId_date_amounts_idx" ON "Payment"("tenantId", "date", "managerUserId", "amount");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_date_sales_idx" ON "Shipment"("tenantId", "date", "managerUserId", "amount", "cost", "orderId");
