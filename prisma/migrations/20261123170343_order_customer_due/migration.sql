-- CreateIndex
CREATE INDEX "Order_tenantId_counterpartyId_expectedPaymentDate_idx" ON "Order"("tenantId", "counterpartyId", "expectedPaymentDate");
