-- DropIndex
DROP INDEX "Interaction_tenantId_status_at_idx";

-- CreateIndex
CREATE INDEX "Interaction_tenantId_status_at_idx" ON "Interaction"("tenantId", "status", "at", "responsibleUserId", "type", "direction", "durationMinutes", "sourceId");
