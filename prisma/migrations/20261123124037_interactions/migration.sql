-- CreateEnum
CREATE TYPE "SmtpSecurity" AS ENUM ('NONE', 'STARTTLS', 'TLS');

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

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "calendarFeedVersion" INTEGER;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "birthdayDigestOn" DATE;

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

-- CreateIndex
CREATE INDEX "Interaction_tenantId_responsibleUserId_status_plannedAt_idx" ON "Interaction"("tenantId", "responsibleUserId", "status", "plannedAt");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_status_plannedAt_idx" ON "Interaction"("tenantId", "status", "plannedAt");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_counterpartyId_at_idx" ON "Interaction"("tenantId", "counterpartyId", "at");

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
CREATE INDEX "OutgoingEmail_status_createdAt_idx" ON "OutgoingEmail"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "TenantMailServer" ADD CONSTRAINT "TenantMailServer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
