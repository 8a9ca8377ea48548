-- DropForeignKey
ALTER TABLE "ClassificationChange" DROP CONSTRAINT "ClassificationChange_tenantId_counterpartyId_fkey";

-- DropForeignKey
ALTER TABLE "ClassificationChange" DROP CONSTRAINT "ClassificationChange_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "ClassificationChange" DROP CONSTRAINT "ClassificationChange_tenantId_runId_fkey";

-- DropForeignKey
ALTER TABLE "CounterpartyClass" DROP CONSTRAINT "CounterpartyClass_tenantId_counterpartyId_fkey";

-- DropForeignKey
ALTER TABLE "CounterpartyClass" DROP CONSTRAINT "CounterpartyClass_tenantId_fkey";

-- DropIndex
DROP INDEX "ClassificationChange_history_idx";

-- DropIndex
DROP INDEX "ClassificationChange_tenantId_counterpartyId_createdAt_idx";

-- DropIndex
DROP INDEX "ClassificationChange_tenantId_dimension_createdAt_idx";

-- DropIndex
DROP INDEX "ClassificationChange_tenantId_runId_idx";

-- DropIndex
DROP INDEX "ClassificationChange_tenantId_userId_idx";

-- CreateIndex
CREATE INDEX "ClassificationChange_history_idx" ON "ClassificationChange"("tenantId", "counterpartyId", "dimension", "createdAt", "id", "fromValue", "toValue");

-- The history and the classes are derived from the counterparties and go with them (the cascade the foreign keys
-- gave, once per statement instead of a check per inserted row; ADR 0015).
CREATE FUNCTION "counterparty_deleted_drop_classification"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CounterpartyClass" k USING deleted d WHERE k."tenantId" = d."tenantId" AND k."counterpartyId" = d."id";
  DELETE FROM "ClassificationChange" h USING deleted d WHERE h."tenantId" = d."tenantId" AND h."counterpartyId" = d."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Counterparty_drop_classification" AFTER DELETE ON "Counterparty"
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "counterparty_deleted_drop_classification"();
