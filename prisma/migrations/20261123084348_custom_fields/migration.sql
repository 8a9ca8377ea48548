-- CreateEnum
CREATE TYPE "FieldEntity" AS ENUM ('COUNTERPARTY', 'CONTACT_PERSON');

-- CreateEnum
CREATE TYPE "FieldType" AS ENUM ('TEXT', 'LONG_TEXT', 'NUMBER', 'MONEY', 'DATE', 'BOOLEAN', 'SELECT', 'MULTISELECT', 'EMAIL', 'PHONE', 'URL', 'USER');

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

-- CreateIndex
CREATE INDEX "FieldDefinition_tenantId_entity_archived_position_idx" ON "FieldDefinition"("tenantId", "entity", "archived", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FieldDefinition_tenantId_entity_key_key" ON "FieldDefinition"("tenantId", "entity", "key");

-- AddForeignKey
ALTER TABLE "FieldDefinition" ADD CONSTRAINT "FieldDefinition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
