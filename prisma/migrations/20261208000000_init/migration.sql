-- The schema of prisma/schema.prisma, and what Prisma cannot express (ADR 0002): the trigram extension, triggers
-- and SQL functions. The tables, enums, indexes and foreign keys are the schema engine's diff of an empty database
-- to the schema; the blocks after them are written by hand, one family each.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DIRECTOR', 'MANAGER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ru', 'en');

-- CreateEnum
CREATE TYPE "CounterpartyKind" AS ENUM ('LEGAL_ENTITY', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('KEPT', 'QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "SmtpSecurity" AS ENUM ('NONE', 'STARTTLS', 'TLS');

-- CreateEnum
CREATE TYPE "AbcClass" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('POTENTIAL', 'ONE_TIME', 'REGULAR', 'LOST');

-- CreateEnum
CREATE TYPE "XyzClass" AS ENUM ('X', 'Y', 'Z');

-- CreateEnum
CREATE TYPE "ContactInfoType" AS ENUM ('ADDRESS', 'PHONE', 'EMAIL', 'EXTENSION', 'WEBSITE', 'MESSENGER', 'OTHER');

-- CreateEnum
CREATE TYPE "DecisionRole" AS ENUM ('DECISION_MAKER', 'INFLUENCER', 'USER', 'OTHER');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('UPLOADED', 'COMMITTED', 'FAILED');

-- CreateEnum
CREATE TYPE "FieldEntity" AS ENUM ('COUNTERPARTY', 'CONTACT_PERSON');

-- CreateEnum
CREATE TYPE "FieldType" AS ENUM ('TEXT', 'LONG_TEXT', 'NUMBER', 'MONEY', 'DATE', 'BOOLEAN', 'SELECT', 'MULTISELECT', 'EMAIL', 'PHONE', 'URL', 'USER');

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

-- CreateEnum
CREATE TYPE "InteractionType" AS ENUM ('CALL', 'MEETING', 'EMAIL', 'LETTER', 'MESSAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "InteractionDirection" AS ENUM ('INCOMING', 'OUTGOING');

-- CreateEnum
CREATE TYPE "InteractionStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Importance" AS ENUM ('HIGH', 'NORMAL', 'LOW');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('INTERACTION_REMINDER', 'BIRTHDAYS');

-- CreateEnum
CREATE TYPE "ClassificationTrigger" AS ENUM ('MANUAL', 'SCHEDULED', 'IMPORT');

-- CreateEnum
CREATE TYPE "ClassificationDimension" AS ENUM ('ABC', 'STAGE', 'XYZ');

-- CreateEnum
CREATE TYPE "ReportFrequency" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'ru',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Moscow',
    "currency" TEXT NOT NULL DEFAULT 'RUB',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "birthdayDigestOn" DATE,
    "classifiedOn" DATE,
    "classificationRequestedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'ru',
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Membership" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "preferences" JSONB NOT NULL DEFAULT '{}',
    "calendarFeedVersion" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "OutgoingEmail" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "cc" TEXT,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "status" "EmailStatus" NOT NULL,
    "error" TEXT,
    "messageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutgoingEmail_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "TenantMailServer" (
    "tenantId" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "security" "SmtpSecurity" NOT NULL DEFAULT 'STARTTLS',
    "username" TEXT,
    "passwordEncrypted" TEXT,
    "fromAddress" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantMailServer_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "Counterparty" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kind" "CounterpartyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "legalName" TEXT,
    "taxId" TEXT,
    "kpp" TEXT,
    "isCustomer" BOOLEAN NOT NULL DEFAULT true,
    "isSupplier" BOOLEAN NOT NULL DEFAULT false,
    "isPartner" BOOLEAN NOT NULL DEFAULT false,
    "isCompetitor" BOOLEAN NOT NULL DEFAULT false,
    "isOther" BOOLEAN NOT NULL DEFAULT false,
    "responsibleUserId" TEXT,
    "sourceId" TEXT,
    "notes" TEXT,
    "customFields" JSONB NOT NULL DEFAULT '{}',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "firstSaleOn" DATE,
    "firstDealOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdByUserId" TEXT,
    "updatedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Counterparty_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ContactInfo" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "counterpartyId" TEXT,
    "contactPersonId" TEXT,
    "type" "ContactInfoType" NOT NULL,
    "value" TEXT NOT NULL,
    "normalized" TEXT,
    "label" TEXT,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactInfo_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ContactPerson" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "position" TEXT,
    "decisionRole" "DecisionRole" NOT NULL DEFAULT 'OTHER',
    "birthday" DATE,
    "remindDaysBefore" INTEGER,
    "notes" TEXT,
    "customFields" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactPerson_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Employment" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "contactPersonId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "position" TEXT,
    "startedOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "InformationSource" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "cost" DECIMAL(18,2),
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InformationSource_pkey" PRIMARY KEY ("tenantId","id")
);

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

-- CreateTable
CREATE TABLE "FieldDefinition" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entity" "FieldEntity" NOT NULL DEFAULT 'COUNTERPARTY',
    "key" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "type" "FieldType" NOT NULL,
    "options" JSONB NOT NULL DEFAULT '[]',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "section" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "showInList" BOOLEAN NOT NULL DEFAULT false,
    "filterable" BOOLEAN NOT NULL DEFAULT false,
    "countsForCompleteness" BOOLEAN NOT NULL DEFAULT false,
    "visibleTo" "Role"[] DEFAULT ARRAY['ADMIN', 'DIRECTOR', 'MANAGER']::"Role"[],
    "editableBy" "Role"[] DEFAULT ARRAY['ADMIN', 'DIRECTOR', 'MANAGER']::"Role"[],
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FieldDefinition_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SupplierProfile" (
    "tenantId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "deliveryTerms" TEXT,
    "leadTimeDays" INTEGER,
    "reliabilityRating" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupplierProfile_pkey" PRIMARY KEY ("tenantId","counterpartyId")
);

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
    "settled" BOOLEAN NOT NULL DEFAULT false,
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
CREATE TABLE "SalesDay" (
    "tenantId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "managerUserId" TEXT NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "cost" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "shipments" INTEGER NOT NULL DEFAULT 0,
    "paid" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "payments" INTEGER NOT NULL DEFAULT 0,
    "deals" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "paidDeals" INTEGER NOT NULL DEFAULT 0,
    "partlyPaid" INTEGER NOT NULL DEFAULT 0,
    "unpaid" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SalesDay_pkey" PRIMARY KEY ("tenantId","date","managerUserId")
);

-- CreateTable
CREATE TABLE "CounterpartyContactCounts" (
    "tenantId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "phones" INTEGER NOT NULL DEFAULT 0,
    "emails" INTEGER NOT NULL DEFAULT 0,
    "addresses" INTEGER NOT NULL DEFAULT 0,
    "currentEmployees" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CounterpartyContactCounts_pkey" PRIMARY KEY ("tenantId","counterpartyId")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "orderId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "managerUserId" TEXT NOT NULL,
    "sourceId" TEXT,
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
    "managerUserId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "method" "PaymentMethod" NOT NULL DEFAULT 'BANK_TRANSFER',
    "comment" TEXT,
    "idempotencyKey" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Interaction" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "contactPersonId" TEXT,
    "responsibleUserId" TEXT NOT NULL,
    "type" "InteractionType" NOT NULL,
    "direction" "InteractionDirection" NOT NULL DEFAULT 'OUTGOING',
    "status" "InteractionStatus" NOT NULL DEFAULT 'PLANNED',
    "plannedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "durationMinutes" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,
    "importance" "Importance" NOT NULL DEFAULT 'NORMAL',
    "subject" TEXT NOT NULL,
    "content" TEXT,
    "sourceId" TEXT,
    "orderId" TEXT,
    "remindAt" TIMESTAMP(3),
    "reminderDueAt" TIMESTAMP(3),
    "emailId" TEXT,
    "idempotencyKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interaction_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("tenantId","id")
);

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
    "dynamics" JSONB,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounterpartyClass_pkey" PRIMARY KEY ("tenantId","counterpartyId")
);

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
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_userId_key" ON "Membership"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_tenantId_email_idx" ON "Invitation"("tenantId", "email");

-- CreateIndex
CREATE INDEX "Invitation_tenantId_invitedByUserId_idx" ON "Invitation"("tenantId", "invitedByUserId");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_actorUserId_createdAt_idx" ON "AuditEvent"("tenantId", "actorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_entity_createdAt_idx" ON "AuditEvent"("tenantId", "entity", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_entity_entityId_createdAt_idx" ON "AuditEvent"("tenantId", "entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "OutgoingEmail_tenantId_createdAt_idx" ON "OutgoingEmail"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "OutgoingEmail_status_createdAt_idx" ON "OutgoingEmail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_responsibleUserId_idx" ON "Counterparty"("tenantId", "responsibleUserId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_name_idx" ON "Counterparty"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_taxId_idx" ON "Counterparty"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_sourceId_idx" ON "Counterparty"("tenantId", "sourceId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_archived_name_idx" ON "Counterparty"("tenantId", "archived", "name");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_createdAt_idx" ON "Counterparty"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_firstSaleOn_responsibleUserId_idx" ON "Counterparty"("tenantId", "firstSaleOn", "responsibleUserId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_firstDealOn_idx" ON "Counterparty"("tenantId", "firstDealOn");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_id_responsible_idx" ON "Counterparty"("tenantId", "id", "responsibleUserId", "archived", "isCustomer");

-- CreateIndex
CREATE INDEX "Counterparty_name_trgm_idx" ON "Counterparty" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Counterparty_legalName_trgm_idx" ON "Counterparty" USING GIN ("legalName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Counterparty_customFields_idx" ON "Counterparty" USING GIN ("customFields" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "ContactInfo_tenantId_counterpartyId_type_idx" ON "ContactInfo"("tenantId", "counterpartyId", "type");

-- CreateIndex
CREATE INDEX "ContactInfo_tenantId_contactPersonId_idx" ON "ContactInfo"("tenantId", "contactPersonId");

-- CreateIndex
CREATE INDEX "ContactInfo_tenantId_type_normalized_idx" ON "ContactInfo"("tenantId", "type", "normalized");

-- CreateIndex
CREATE INDEX "ContactInfo_normalized_trgm_idx" ON "ContactInfo" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ContactPerson_tenantId_lastName_firstName_idx" ON "ContactPerson"("tenantId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "ContactPerson_lastName_trgm_idx" ON "ContactPerson" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Employment_tenantId_counterpartyId_endedOn_idx" ON "Employment"("tenantId", "counterpartyId", "endedOn");

-- CreateIndex
CREATE INDEX "Employment_tenantId_contactPersonId_endedOn_idx" ON "Employment"("tenantId", "contactPersonId", "endedOn");

-- CreateIndex
CREATE UNIQUE INDEX "InformationSource_tenantId_name_key" ON "InformationSource"("tenantId", "name");

-- CreateIndex
CREATE INDEX "ImportJob_tenantId_target_createdAt_idx" ON "ImportJob"("tenantId", "target", "createdAt");

-- CreateIndex
CREATE INDEX "FieldDefinition_tenantId_entity_archived_position_idx" ON "FieldDefinition"("tenantId", "entity", "archived", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FieldDefinition_tenantId_entity_key_key" ON "FieldDefinition"("tenantId", "entity", "key");

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
CREATE INDEX "Order_tenantId_date_deals_idx" ON "Order"("tenantId", "date", "status", "managerUserId", "paymentState", "sourceId");

-- CreateIndex
CREATE INDEX "Order_tenantId_counterpartyId_date_idx" ON "Order"("tenantId", "counterpartyId", "date");

-- CreateIndex
CREATE INDEX "Order_tenantId_counterpartyId_settled_date_idx" ON "Order"("tenantId", "counterpartyId", "settled", "date");

-- CreateIndex
CREATE INDEX "Order_tenantId_counterpartyId_expectedPaymentDate_idx" ON "Order"("tenantId", "counterpartyId", "expectedPaymentDate");

-- CreateIndex
CREATE INDEX "Order_tenantId_managerUserId_date_idx" ON "Order"("tenantId", "managerUserId", "date");

-- CreateIndex
CREATE INDEX "Order_tenantId_settled_managerUserId_idx" ON "Order"("tenantId", "settled", "managerUserId");

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
CREATE INDEX "Shipment_tenantId_date_sales_idx" ON "Shipment"("tenantId", "date", "managerUserId", "amount", "cost", "sourceId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_sourceId_idx" ON "Shipment"("tenantId", "sourceId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_shipperUserId_idx" ON "Shipment"("tenantId", "shipperUserId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_managerUserId_date_idx" ON "Shipment"("tenantId", "managerUserId", "date");

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
CREATE INDEX "Payment_tenantId_date_amounts_idx" ON "Payment"("tenantId", "date", "managerUserId", "amount");

-- CreateIndex
CREATE INDEX "Payment_tenantId_managerUserId_date_idx" ON "Payment"("tenantId", "managerUserId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_tenantId_number_key" ON "Payment"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_tenantId_idempotencyKey_key" ON "Payment"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_responsibleUserId_status_plannedAt_idx" ON "Interaction"("tenantId", "responsibleUserId", "status", "plannedAt");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_status_plannedAt_idx" ON "Interaction"("tenantId", "status", "plannedAt");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_counterpartyId_at_idx" ON "Interaction"("tenantId", "counterpartyId", "at");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_status_at_idx" ON "Interaction"("tenantId", "status", "at", "responsibleUserId", "type", "direction", "durationMinutes", "sourceId");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_contactPersonId_idx" ON "Interaction"("tenantId", "contactPersonId");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_orderId_idx" ON "Interaction"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_sourceId_idx" ON "Interaction"("tenantId", "sourceId");

-- CreateIndex
CREATE INDEX "Interaction_reminderDueAt_idx" ON "Interaction"("reminderDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Interaction_tenantId_idempotencyKey_key" ON "Interaction"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Interaction_tenantId_emailId_key" ON "Interaction"("tenantId", "emailId");

-- CreateIndex
CREATE INDEX "Notification_tenantId_userId_readAt_createdAt_idx" ON "Notification"("tenantId", "userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_userId_dedupeKey_key" ON "Notification"("tenantId", "userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "ClassificationRun_tenantId_startedAt_idx" ON "ClassificationRun"("tenantId", "startedAt");

-- CreateIndex
CREATE INDEX "ClassificationRun_tenantId_startedByUserId_idx" ON "ClassificationRun"("tenantId", "startedByUserId");

-- CreateIndex
CREATE INDEX "ClassificationChange_history_idx" ON "ClassificationChange"("tenantId", "counterpartyId", "dimension", "createdAt", "id", "fromValue", "toValue");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_abcClass_idx" ON "CounterpartyClass"("tenantId", "abcClass");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_stage_idx" ON "CounterpartyClass"("tenantId", "stage");

-- CreateIndex
CREATE INDEX "CounterpartyClass_tenantId_xyzClass_idx" ON "CounterpartyClass"("tenantId", "xyzClass");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_tenantId_invitedByUserId_fkey" FOREIGN KEY ("tenantId", "invitedByUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_tenantId_actorUserId_fkey" FOREIGN KEY ("tenantId", "actorUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingEmail" ADD CONSTRAINT "OutgoingEmail_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantMailServer" ADD CONSTRAINT "TenantMailServer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Counterparty" ADD CONSTRAINT "Counterparty_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Counterparty" ADD CONSTRAINT "Counterparty_tenantId_responsibleUserId_fkey" FOREIGN KEY ("tenantId", "responsibleUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Counterparty" ADD CONSTRAINT "Counterparty_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "InformationSource"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactInfo" ADD CONSTRAINT "ContactInfo_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactInfo" ADD CONSTRAINT "ContactInfo_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactInfo" ADD CONSTRAINT "ContactInfo_tenantId_contactPersonId_fkey" FOREIGN KEY ("tenantId", "contactPersonId") REFERENCES "ContactPerson"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_tenantId_contactPersonId_fkey" FOREIGN KEY ("tenantId", "contactPersonId") REFERENCES "ContactPerson"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationSource" ADD CONSTRAINT "InformationSource_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldDefinition" ADD CONSTRAINT "FieldDefinition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierProfile" ADD CONSTRAINT "SupplierProfile_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierProfile" ADD CONSTRAINT "SupplierProfile_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

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
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_managerUserId_fkey" FOREIGN KEY ("tenantId", "managerUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "InformationSource"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

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

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tenantId_managerUserId_fkey" FOREIGN KEY ("tenantId", "managerUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_counterpartyId_fkey" FOREIGN KEY ("tenantId", "counterpartyId") REFERENCES "Counterparty"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_contactPersonId_fkey" FOREIGN KEY ("tenantId", "contactPersonId") REFERENCES "ContactPerson"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_responsibleUserId_fkey" FOREIGN KEY ("tenantId", "responsibleUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "InformationSource"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_emailId_fkey" FOREIGN KEY ("tenantId", "emailId") REFERENCES "OutgoingEmail"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationRun" ADD CONSTRAINT "ClassificationRun_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationRun" ADD CONSTRAINT "ClassificationRun_tenantId_startedByUserId_fkey" FOREIGN KEY ("tenantId", "startedByUserId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationChange" ADD CONSTRAINT "ClassificationChange_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubscription" ADD CONSTRAINT "ReportSubscription_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubscription" ADD CONSTRAINT "ReportSubscription_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ==================================================================================================================
-- The audit log is append-only
-- ==================================================================================================================

-- The audit trail is append-only: the database itself refuses to change or remove a recorded event.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- ==================================================================================================================
-- A contact-info entry has exactly one owner
-- ==================================================================================================================

-- A contact-info entry belongs to exactly one owner: a counterparty or a contact person. A trigger rather than a
-- CHECK constraint, because Prisma's schema engine (WebAssembly build) cannot describe CHECK constraints.
CREATE FUNCTION "contact_info_one_owner"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF num_nonnulls(NEW."counterpartyId", NEW."contactPersonId") <> 1 THEN
    RAISE EXCEPTION 'ContactInfo needs exactly one owner (counterparty or contact person)' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ContactInfo_one_owner"
  BEFORE INSERT OR UPDATE ON "ContactInfo"
  FOR EACH ROW EXECUTE FUNCTION "contact_info_one_owner"();

-- ==================================================================================================================
-- Birthdays
-- ==================================================================================================================

-- Days from `today` to the next birthday on or after it (0 = today); 29 February falls on 28 February in common
-- years. The same rule as src/domain/contact-persons/birthdays.ts, which the integration tests hold it to.
CREATE FUNCTION crm_days_until_birthday(birthday date, today date) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT min(d - today) FROM (
    SELECT make_date(y, extract(month FROM birthday)::int,
      CASE WHEN extract(month FROM birthday) = 2 AND extract(day FROM birthday) = 29
                AND NOT (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0)) THEN 28
           ELSE extract(day FROM birthday)::int END) AS d
    FROM (VALUES (extract(year FROM today)::int), (extract(year FROM today)::int + 1)) AS years(y)
  ) candidates
  WHERE d >= today
$$;

-- ==================================================================================================================
-- Classification rows go with their counterparty
-- ==================================================================================================================

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

-- ==================================================================================================================
-- SalesDay: sales, payments and deals per day and manager (ADR 0016)
-- ==================================================================================================================

-- The shipments' side, kept by the shipments' own writes, whatever writes them (use cases, merges, order edits, COPY): one aggregate per
-- statement from its transition tables, subtracting the old rows and adding the new. Groups are written in key
-- order, so two statements touching the same days lock them in the same order.
CREATE FUNCTION "shipment_sales_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "revenue", "cost", "shipments")
    SELECT "tenantId", "date", "managerUserId", -sum("amount"), -sum("cost"), -count(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE
      SET "revenue" = d."revenue" + excluded."revenue", "cost" = d."cost" + excluded."cost", "shipments" = d."shipments" + excluded."shipments";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "revenue", "cost", "shipments")
    SELECT "tenantId", "date", "managerUserId", sum("amount"), sum("cost"), count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE
      SET "revenue" = d."revenue" + excluded."revenue", "cost" = d."cost" + excluded."cost", "shipments" = d."shipments" + excluded."shipments";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Shipment_sales_day_insert" AFTER INSERT ON "Shipment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sales_day"();
CREATE TRIGGER "Shipment_sales_day_update" AFTER UPDATE ON "Shipment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sales_day"();
CREATE TRIGGER "Shipment_sales_day_delete" AFTER DELETE ON "Shipment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sales_day"();

-- The payments' side, kept as the shipments' side is.
CREATE FUNCTION "payment_sales_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "paid", "payments")
    SELECT "tenantId", "date", "managerUserId", -sum("amount"), -count(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET "paid" = d."paid" + excluded."paid", "payments" = d."payments" + excluded."payments";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "paid", "payments")
    SELECT "tenantId", "date", "managerUserId", sum("amount"), count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET "paid" = d."paid" + excluded."paid", "payments" = d."payments" + excluded."payments";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Payment_sales_day_insert" AFTER INSERT ON "Payment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "payment_sales_day"();
CREATE TRIGGER "Payment_sales_day_update" AFTER UPDATE ON "Payment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "payment_sales_day"();
CREATE TRIGGER "Payment_sales_day_delete" AFTER DELETE ON "Payment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "payment_sales_day"();

-- The deals' side of the day (an order counts while confirmed or completed, on its date, for its manager, in its
-- payment state), kept as the shipments' side is.
CREATE FUNCTION "order_sales_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "deals", "completed", "paidDeals", "partlyPaid", "unpaid")
    SELECT "tenantId", "date", "managerUserId", -count(*), -count(*) FILTER (WHERE "status" = 'COMPLETED'),
           -count(*) FILTER (WHERE "paymentState" = 'PAID'), -count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID'), -count(*) FILTER (WHERE "paymentState" = 'UNPAID')
    FROM old_rows WHERE "status" IN ('CONFIRMED', 'COMPLETED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET
      "deals" = d."deals" + excluded."deals", "completed" = d."completed" + excluded."completed", "paidDeals" = d."paidDeals" + excluded."paidDeals",
      "partlyPaid" = d."partlyPaid" + excluded."partlyPaid", "unpaid" = d."unpaid" + excluded."unpaid";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SalesDay" AS d ("tenantId", "date", "managerUserId", "deals", "completed", "paidDeals", "partlyPaid", "unpaid")
    SELECT "tenantId", "date", "managerUserId", count(*), count(*) FILTER (WHERE "status" = 'COMPLETED'),
           count(*) FILTER (WHERE "paymentState" = 'PAID'), count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID'), count(*) FILTER (WHERE "paymentState" = 'UNPAID')
    FROM new_rows WHERE "status" IN ('CONFIRMED', 'COMPLETED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", "date", "managerUserId") DO UPDATE SET
      "deals" = d."deals" + excluded."deals", "completed" = d."completed" + excluded."completed", "paidDeals" = d."paidDeals" + excluded."paidDeals",
      "partlyPaid" = d."partlyPaid" + excluded."partlyPaid", "unpaid" = d."unpaid" + excluded."unpaid";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Order_sales_day_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_sales_day"();
CREATE TRIGGER "Order_sales_day_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_sales_day"();
CREATE TRIGGER "Order_sales_day_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_sales_day"();

-- ==================================================================================================================
-- CounterpartyContactCounts: contacts and current employees per counterparty
-- ==================================================================================================================

-- Kept by the contacts' and employments' own writes, whatever writes them (forms, imports, merges, cascades from a
-- deleted counterparty, COPY): one aggregate per statement from its transition tables, the old rows subtracted and
-- the new added, in key order. A counterparty's row may fall back to zeros; nothing reads a row without its
-- counterparty.
CREATE FUNCTION "contact_info_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "CounterpartyContactCounts" AS k ("tenantId", "counterpartyId", "phones", "emails", "addresses")
    SELECT "tenantId", "counterpartyId", -count(*) FILTER (WHERE "type" = 'PHONE'), -count(*) FILTER (WHERE "type" = 'EMAIL'), -count(*) FILTER (WHERE "type" = 'ADDRESS')
    FROM old_rows WHERE "counterpartyId" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "counterpartyId") DO UPDATE SET
      "phones" = k."phones" + excluded."phones", "emails" = k."emails" + excluded."emails", "addresses" = k."addresses" + excluded."addresses";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "CounterpartyContactCounts" AS k ("tenantId", "counterpartyId", "phones", "emails", "addresses")
    SELECT "tenantId", "counterpartyId", count(*) FILTER (WHERE "type" = 'PHONE'), count(*) FILTER (WHERE "type" = 'EMAIL'), count(*) FILTER (WHERE "type" = 'ADDRESS')
    FROM new_rows WHERE "counterpartyId" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "counterpartyId") DO UPDATE SET
      "phones" = k."phones" + excluded."phones", "emails" = k."emails" + excluded."emails", "addresses" = k."addresses" + excluded."addresses";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ContactInfo_counts_insert" AFTER INSERT ON "ContactInfo"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "contact_info_counts"();
CREATE TRIGGER "ContactInfo_counts_update" AFTER UPDATE ON "ContactInfo"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "contact_info_counts"();
CREATE TRIGGER "ContactInfo_counts_delete" AFTER DELETE ON "ContactInfo"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "contact_info_counts"();

CREATE FUNCTION "employment_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "CounterpartyContactCounts" AS k ("tenantId", "counterpartyId", "currentEmployees")
    SELECT "tenantId", "counterpartyId", -count(*) FROM old_rows WHERE "endedOn" IS NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "counterpartyId") DO UPDATE SET "currentEmployees" = k."currentEmployees" + excluded."currentEmployees";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "CounterpartyContactCounts" AS k ("tenantId", "counterpartyId", "currentEmployees")
    SELECT "tenantId", "counterpartyId", count(*) FROM new_rows WHERE "endedOn" IS NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "counterpartyId") DO UPDATE SET "currentEmployees" = k."currentEmployees" + excluded."currentEmployees";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Employment_counts_insert" AFTER INSERT ON "Employment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_counts"();
CREATE TRIGGER "Employment_counts_update" AFTER UPDATE ON "Employment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_counts"();
CREATE TRIGGER "Employment_counts_delete" AFTER DELETE ON "Employment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_counts"();
