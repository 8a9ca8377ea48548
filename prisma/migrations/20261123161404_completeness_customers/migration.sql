-- DropIndex
DROP INDEX "Counterparty_tenantId_id_responsible_idx";

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_id_responsible_idx" ON "Counterparty"("tenantId", "id", "responsibleUserId", "archived", "isCustomer");
