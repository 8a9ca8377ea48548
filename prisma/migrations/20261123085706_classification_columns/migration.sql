-- CreateEnum
CREATE TYPE "AbcClass" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('POTENTIAL', 'ONE_TIME', 'REGULAR', 'LOST');

-- CreateEnum
CREATE TYPE "XyzClass" AS ENUM ('X', 'Y', 'Z');

-- AlterTable
ALTER TABLE "Counterparty" ADD COLUMN     "abcAuto" "AbcClass",
ADD COLUMN     "abcClass" "AbcClass",
ADD COLUMN     "abcManual" "AbcClass",
ADD COLUMN     "stage" "Stage" NOT NULL DEFAULT 'POTENTIAL',
ADD COLUMN     "stageAuto" "Stage" NOT NULL DEFAULT 'POTENTIAL',
ADD COLUMN     "stageManual" "Stage",
ADD COLUMN     "xyzAuto" "XyzClass",
ADD COLUMN     "xyzClass" "XyzClass",
ADD COLUMN     "xyzManual" "XyzClass";

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_abcClass_idx" ON "Counterparty"("tenantId", "abcClass");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_stage_idx" ON "Counterparty"("tenantId", "stage");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_xyzClass_idx" ON "Counterparty"("tenantId", "xyzClass");
