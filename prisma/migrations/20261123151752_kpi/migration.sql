-- CreateEnum
CREATE TYPE "ReportFrequency" AS ENUM ('WEEKLY', 'MONTHLY');

-- Shipments and payments carry their order's manager (backfilled from the order).
ALTER TABLE "Payment" ADD COLUMN     "managerUserId" TEXT;
UPDATE "Payment" p SET "managerUserId" = o."managerUserId" FROM "Order" o WHERE o."tenantId" = p."tenantId" AND o."id" = p."orderId";
ALTER TABLE "Payment" ALTER COLUMN "managerUserId" SET NOT NULL;

ALTER TABLE "Shipment" ADD COLUMN     "managerUserId" TEXT;
UPDATE "Shipment" s SET "managerUserId" = o."managerUserId" FROM "Order" o WHERE o."tenantId" = s."tenantId" AND o."id" = s."orderId";
ALTER TABLE "Shipment" ALTER COLUMN "managerUserId" SET NOT NULL;

-- CreateTable
CREATE TABLE "ReportSubscription" (
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "frequency" "ReportFrequency" NOT NULL,
    "sentFor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportSubscription_pkey" PRIMARY KEY ("tenantId","userId")
);

-- CreateIndex
CREATE INDEX "Interaction_tenantId_status_at_idx" ON "Interaction"("tenantId", "status", "at");

-- CreateIndex
CREATE INDEX "Order_tenantId_settled_managerUserId_idx" ON "Order"("tenantId", "settled", "managerUserId");

-- CreateIndex
CREATE INDEX "Payment_tenantId_managerUserId_date_idx" ON "Payment"("tenantId", "managerUserId", "date");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_managerUserId_date_idx" ON "Shipment"("tenantId", "managerUserId", "date");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_managerUserId_fkey" FOREIGN KEY ("tenantId", "managerUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tenantId_managerUserId_fkey" FOREIGN KEY ("tenantId", "managerUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubscription" ADD CONSTRAINT "ReportSubscription_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubscription" ADD CONSTRAINT "ReportSubscription_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;
