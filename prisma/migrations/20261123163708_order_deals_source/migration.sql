-- DropIndex
DROP INDEX "Order_tenantId_date_deals_idx";

-- CreateIndex
CREATE INDEX "Order_tenantId_date_deals_idx" ON "Order"("tenantId", "date", "status", "managerUserId", "paymentState", "sourceId");
