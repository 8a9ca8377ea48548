-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('ORDER', 'SHIPMENT', 'PAYMENT');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('DRAFT', 'CONFIRMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ShipmentState" AS ENUM ('NOT_SHIPPED', 'PARTLY_SHIPPED', 'SHIPPED');

-- CreateEnum
CREATE TYPE "PaymentState" AS ENUM ('UNPAID', 'PARTLY_PAID', 'PAID');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'CASH', 'CARD', 'OTHER');

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT 'шт',
    "salePrice" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "costPrice" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SuppliedProduct" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "purchasePrice" DECIMAL(18,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuppliedProduct_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "FailureReason" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FailureReason_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "tenantId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("tenantId","kind")
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "contactPersonId" TEXT,
    "managerUserId" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'DRAFT',
    "expectedShipmentDate" DATE,
    "expectedPaymentDate" DATE,
    "sourceId" TEXT,
    "failureReasonId" TEXT,
    "comment" TEXT,
    "totalAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "totalCost" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "shippedAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "paidAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "shipmentState" "ShipmentState" NOT NULL DEFAULT 'NOT_SHIPPED',
    "paymentState" "PaymentState" NOT NULL DEFAULT 'UNPAID',
    "closedByHand" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "quantity" DECIMAL(18,3) NOT NULL,
    "price" DECIMAL(18,2) NOT NULL,
    "discountPercent" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "amount" DECIMAL(18,2) NOT NULL,
    "unitCost" DECIMAL(18,2) NOT NULL,
    "shippedQuantity" DECIMAL(18,3) NOT NULL DEFAULT 0,
    "shippedAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "orderId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "shipperUserId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "cost" DECIMAL(18,2) NOT NULL,
    "comment" TEXT,
    "idempotencyKey" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ShipmentLine" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "quantity" DECIMAL(18,3) NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "cost" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "ShipmentLine_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "orderId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "method" "PaymentMethod" NOT NULL DEFAULT 'BANK_TRANSFER',
    "comment" TEXT,
    "idempotencyKey" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "Product_tenantId_active_name_idx" ON "Product"("tenantId", "active", "name");

-- CreateIndex
CREATE INDEX "Product_name_trgm_idx" ON "Product" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Product_tenantId_sku_key" ON "Product"("tenantId", "sku");

-- CreateIndex
CREATE INDEX "SuppliedProduct_tenantId_productId_idx" ON "SuppliedProduct"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "SuppliedProduct_tenantId_counterpartyId_productId_key" ON "SuppliedProduct"("tenantId", "counterpartyId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "FailureReason_tenantId_name_key" ON "FailureReason"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Order_tenantId_date_idx" ON "Order"("tenantId", "date");

-- CreateIndex
CREATE INDEX "Order_tenantId_counterpartyId_date_idx" ON "Order"("tenantId", "counterpartyId", "date");

-- CreateIndex
CREATE INDEX "Order_tenantId_managerUserId_date_idx" ON "Order"("tenantId", "managerUserId", "date");

-- CreateIndex
CREATE INDEX "Order_tenantId_contactPersonId_idx" ON "Order"("tenantId", "contactPersonId");

-- CreateIndex
CREATE INDEX "Order_tenantId_sourceId_idx" ON "Order"("tenantId", "sourceId");

-- CreateIndex
CREATE INDEX "Order_tenantId_failureReasonId_idx" ON "Order"("tenantId", "failureReasonId");

-- CreateIndex
CREATE INDEX "Order_tenantId_status_expectedShipmentDate_idx" ON "Order"("tenantId", "status", "expectedShipmentDate");

-- CreateIndex
CREATE INDEX "Order_tenantId_status_expectedPaymentDate_idx" ON "Order"("tenantId", "status", "expectedPaymentDate");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_number_key" ON "Order"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_idempotencyKey_key" ON "Order"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderLine_tenantId_productId_idx" ON "OrderLine"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_tenantId_orderId_position_key" ON "OrderLine"("tenantId", "orderId", "position");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_orderId_idx" ON "Shipment"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_counterpartyId_date_idx" ON "Shipment"("tenantId", "counterpartyId", "date");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_date_idx" ON "Shipment"("tenantId", "date");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_shipperUserId_idx" ON "Shipment"("tenantId", "shipperUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_tenantId_number_key" ON "Shipment"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_tenantId_idempotencyKey_key" ON "Shipment"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ShipmentLine_tenantId_shipmentId_idx" ON "ShipmentLine"("tenantId", "shipmentId");

-- CreateIndex
CREATE INDEX "ShipmentLine_tenantId_orderLineId_idx" ON "ShipmentLine"("tenantId", "orderLineId");

-- CreateIndex
CREATE INDEX "ShipmentLine_tenantId_productId_idx" ON "ShipmentLine"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "Payment_tenantId_orderId_idx" ON "Payment"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Payment_tenantId_counterpartyId_date_idx" ON "Payment"("tenantId", "counterpartyId", "date");

-- CreateIndex
CREATE INDEX "Payment_tenantId_date_idx" ON "Payment"("tenantId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_tenantId_number_key" ON "Payment"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_tenantId_idempotencyKey_key" ON "Payment"("tenantId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuppliedProduct" ADD CONSTRAINT "SuppliedProduct_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuppliedProduct" ADD CONSTRAINT "SuppliedProduct_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuppliedProduct" ADD CONSTRAINT "SuppliedProduct_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FailureReason" ADD CONSTRAINT "FailureReason_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentCounter" ADD CONSTRAINT "DocumentCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_contactPersonId_fkey" FOREIGN KEY ("tenantId", "contactPersonId") REFERENCES "ContactPerson"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_managerUserId_fkey" FOREIGN KEY ("tenantId", "managerUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "InformationSource"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_failureReasonId_fkey" FOREIGN KEY ("tenantId", "failureReasonId") REFERENCES "FailureReason"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_shipperUserId_fkey" FOREIGN KEY ("tenantId", "shipperUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_shipmentId_fkey" FOREIGN KEY ("tenantId", "shipmentId") REFERENCES "Shipment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_orderLineId_fkey" FOREIGN KEY ("tenantId", "orderLineId") REFERENCES "OrderLine"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
