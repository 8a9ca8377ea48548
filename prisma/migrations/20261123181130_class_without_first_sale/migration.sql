-- "New customers" per month read the first-sale date kept on the counterparty (the KPIs' definition); the copy the
-- classification run kept beside its classes goes.

-- DropIndex
DROP INDEX "CounterpartyClass_tenantId_firstSaleOn_idx";

-- AlterTable
ALTER TABLE "CounterpartyClass" DROP COLUMN "firstSaleOn";
