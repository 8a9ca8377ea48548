-- Trigram indexes for fuzzy search on names, phones and e-mails.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ContactInfoType" AS ENUM ('ADDRESS', 'PHONE', 'EMAIL', 'EXTENSION', 'WEBSITE', 'MESSENGER', 'OTHER');

-- CreateEnum
CREATE TYPE "DecisionRole" AS ENUM ('DECISION_MAKER', 'INFLUENCER', 'USER', 'OTHER');

-- AlterTable
ALTER TABLE "Counterparty" ADD COLUMN     "customFields" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "isCompetitor" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isCustomer" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "isOther" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isPartner" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isSupplier" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kpp" TEXT,
ADD COLUMN     "legalName" TEXT,
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "sourceId" TEXT,
ADD COLUMN     "taxId" TEXT;

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

-- CreateIndex
CREATE INDEX "ContactInfo_tenantId_counterpartyId_idx" ON "ContactInfo"("tenantId", "counterpartyId");

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
CREATE INDEX "Counterparty_tenantId_taxId_idx" ON "Counterparty"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_sourceId_idx" ON "Counterparty"("tenantId", "sourceId");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_archived_name_idx" ON "Counterparty"("tenantId", "archived", "name");

-- CreateIndex
CREATE INDEX "Counterparty_tenantId_createdAt_idx" ON "Counterparty"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Counterparty_name_trgm_idx" ON "Counterparty" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Counterparty_legalName_trgm_idx" ON "Counterparty" USING GIN ("legalName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Counterparty_customFields_idx" ON "Counterparty" USING GIN ("customFields" jsonb_path_ops);

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
