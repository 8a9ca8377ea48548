-- CreateEnum
CREATE TYPE "ClassificationTrigger" AS ENUM ('MANUAL', 'SCHEDULED', 'IMPORT');

-- CreateEnum
CREATE TYPE "ClassificationDimension" AS ENUM ('ABC', 'STAGE', 'XYZ');

-- CreateTable
CREATE TABLE "CounterpartyClass" (
    "tenantId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "abcClass" "AbcClass",
    "abcAuto" "AbcClass",
    "abcManual" "AbcClass",
    "stage" "Stage" NOT NULL DEFAULT 'POTENTIAL',
    "stageAuto" "Stage" NOT NULL DEFAULT 'POTENTIAL',
    "stageManual" "Stage",
    "xyzClass" "XyzClass",
    "xyzAuto" "XyzClass",
    "xyzManual" "XyzClass",
    "abcRevenue" DECIMAL(18,2),
    "firstSaleOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounterpartyClass_pkey" PRIMARY KEY ("tenantId","counterpartyId")
);

-- Classes move off the wide counterparty row (a run then rewrites narrow rows only); existing values come along.
INSERT INTO "CounterpartyClass" ("tenantId", "counterpartyId", "abcClass", "abcAuto", "abcManual", "stage", "stageAuto", "stageManual", "xyzClass", "xyzAuto", "xyzManual", "updatedAt")
SELECT "tenantId", "id", "abcClass", "abcAuto", "abcManual", "stage", "stageAuto", "stageManual", "xyzClass", "xyzAuto", "xyzManual", CURRENT_TIMESTAMP
FROM "Counterparty"
WHERE "abcClass" IS NOT NULL OR "abcAuto" IS NOT NULL OR "abcManual" IS NOT NULL OR "stage" <> 'POTENTIAL' OR "stageAuto" <> 'POTENTIAL'
   OR "stageManual" IS NOT NULL OR "xyzClass" IS NOT NULL OR "xyzAuto" IS NOT NULL OR "xyzManual" IS NOT NULL;

-- DropIndex
DROP INDEX "Counterparty_tenantId_abcClass_idx";

-- DropIndex
DROP INDEX "Counterparty_tenantId_stage_idx";

-- DropIndex
DROP INDEX "Counterparty_tenantId_xyzClass_idx";

-- AlterTable
ALTER TABLE "Counterparty" DROP COLUMN "abcAuto",
DROP COLUMN "abcClass",
DROP COLUMN "abcManual",
DROP COLUMN "stage",
DROP COLUMN "stageAuto",
DROP COLUMN "stageManual",
DROP COLUMN "xyzAuto",
DROP COLUMN "xyzClass",
DROP COLUMN "xyzManual";

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "classificationRequestedAt" TIMESTAMP(3),
ADD COLUMN     "classifiedOn" DATE;

-- CreateTable
CREATE TABLE "ClassificationRun" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "trigger" "ClassificationTrigger" NOT NULL,
    "startedByUserId" TEXT,
    "analysisDate" DATE NOT NULL,
    "parameters" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "counts" JSONB NOT NULL,
    "changes" INTEGER NOT NULL,
    "noSales" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClassificationRun_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ClassificationChange" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "dimension" "ClassificationDimension" NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "automatic" BOOLEAN NOT NULL,
    "runId" TEXT,
    "userId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassificationChange_pkey" PRIMARY KEY ("tenantId","id")
);


-- CreateIndex
CREATE INDEX "ClassificationRun_tenantId_startedAt_idx" ON "ClassificationRun"("tenantId", "startedAt");

-- CreateIndex
CREATE INDEX "ClassificationRun_tenantId_startedByUserId_idx" ON "ClassificationRun"("tenantId", "startedByUserId");

-- CreateIndex
CREATE INDEX "ClassificationChange_tenantId_counterpartyId_createdAt_idx" ON "ClassificationChange"("tenantId", "counterpartyId", "createdAt");

-- CreateIndex
CREATE INDEX "ClassificationChange_tenantId_runId_idx" ON "ClassificationChange"("tenantId", "runId");

-- CreateIndex
CREATE INDEX "ClassificationChange_tenantId_dimension_createdAt_idx" ON "ClassificationChange"("tenantId", "dimension", "createdAt");

-- CreateIndex
CREATE INDEX "ClassificationChange_tenantId_userId_idx" ON "ClassificationChange"("tenantId", "userId");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_abcClass_idx" ON "CounterpartyClass"("tenantId", "abcClass");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_stage_idx" ON "CounterpartyClass"("tenantId", "stage");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_xyzClass_idx" ON "CounterpartyClass"("tenantId", "xyzClass");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_firstSaleOn_idx" ON "CounterpartyClass"("tenantId", "firstSaleOn");

-- AddForeignKey
ALTER TABLE "ClassificationRun" ADD CONSTRAINT "ClassificationRun_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationRun" ADD CONSTRAINT "ClassificationRun_tenantId_startedByUserId_fkey" FOREIGN KEY ("tenantId", "startedByUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationChange" ADD CONSTRAINT "ClassificationChange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationChange" ADD CONSTRAINT "ClassificationChange_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationChange" ADD CONSTRAINT "ClassificationChange_tenantId_runId_fkey" FOREIGN KEY ("tenantId", "runId") REFERENCES "ClassificationRun"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationChange" ADD CONSTRAINT "ClassificationChange_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterpartyClass" ADD CONSTRAINT "CounterpartyClass_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterpartyClass" ADD CONSTRAINT "CounterpartyClass_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
