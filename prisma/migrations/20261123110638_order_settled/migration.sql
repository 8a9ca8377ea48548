-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "settled" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_entity_entityId_createdAt_idx" ON "AuditEvent"("tenantId", "entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_tenantId_counterpartyId_settled_date_idx" ON "Order"("tenantId", "counterpartyId", "settled", "date");

-- Orders written before the column: settled when cancelled, or shipped and paid exactly in full.
UPDATE "Order" SET "settled" = true WHERE "status" = 'CANCELLED' OR ("shippedAmount" = "totalAmount" AND "paidAmount" = "totalAmount");
