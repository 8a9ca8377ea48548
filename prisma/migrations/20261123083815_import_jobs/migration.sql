-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('UPLOADED', 'COMMITTED', 'FAILED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "encoding" TEXT NOT NULL,
    "delimiter" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "mapping" JSONB NOT NULL DEFAULT '{}',
    "duplicateMode" TEXT NOT NULL DEFAULT 'SKIP',
    "status" "ImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "createdByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "ImportJob_tenantId_target_createdAt_idx" ON "ImportJob"("tenantId", "target", "createdAt");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
