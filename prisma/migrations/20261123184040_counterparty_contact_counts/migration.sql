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

INSERT INTO "CounterpartyContactCounts" ("tenantId", "counterpartyId", "phones", "emails", "addresses", "currentEmployees")
SELECT c."tenantId", c."id",
       (SELECT count(*) FROM "ContactInfo" i WHERE i."tenantId" = c."tenantId" AND i."counterpartyId" = c."id" AND i."type" = 'PHONE'),
       (SELECT count(*) FROM "ContactInfo" i WHERE i."tenantId" = c."tenantId" AND i."counterpartyId" = c."id" AND i."type" = 'EMAIL'),
       (SELECT count(*) FROM "ContactInfo" i WHERE i."tenantId" = c."tenantId" AND i."counterpartyId" = c."id" AND i."type" = 'ADDRESS'),
       (SELECT count(*) FROM "Employment" e WHERE e."tenantId" = c."tenantId" AND e."counterpartyId" = c."id" AND e."endedOn" IS NULL)
FROM "Counterparty" c;
