-- CreateEnum
CREATE TYPE "ClassificationTrigger" AS ENUM ('MANUAL', 'SCHEDULED', 'IMPORT');

-- CreateEnum
CREATE TYPE "ClassificationDimension" AS ENUM ('ABC', 'STAGE', 'XYZ');

-- AlterTable
ALTER TABLE "Counterparty" ADD COLUMN     "abcRevenue" DECIMAL(18,2),
ADD COLUMN     "firstSaleOn" DATE;

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
CREATE INDEX "Counterparty_tenantId_firstSaleOn_idx" ON "Counterparty"("tenantId", "firstSaleOn");

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
