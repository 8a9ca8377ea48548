-- DropIndex
DROP INDEX "Shipment_tenantId_date_sales_idx";

-- Shipments carry their order's information source (backfilled from the order), so sales per source read one table.
ALTER TABLE "Shipment" ADD COLUMN     "sourceId" TEXT;
UPDATE "Shipment" s SET "sourceId" = o."sourceId" FROM "Order" o WHERE o."tenantId" = s."tenantId" AND o."id" = s."orderId" AND o."sourceId" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Shipment_tenantId_date_sales_idx" ON "Shipment"("tenantId", "date", "managerUserId", "amount", "cost", "sourceId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_sourceId_idx" ON "Shipment"("tenantId", "sourceId");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "InformationSource"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
