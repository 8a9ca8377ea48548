import type { PoolClient } from "pg";
import { copyRows } from "./copy";
import { INTERACTION_COLUMNS } from "./interaction-plan";
import { REGIONS, type TenantPlan } from "./tenant-plan";

const REGION_OPTIONS = REGIONS.map((value) => ({ value, labelRu: value.toUpperCase(), labelEn: value.toUpperCase() }));

function* each<T, R>(
  plans: TenantPlan[],
  rows: (plan: TenantPlan) => Iterable<T>,
  map: (row: T, plan: TenantPlan) => R[],
): Generator<R> {
  for (const plan of plans) for (const row of rows(plan)) yield* map(row, plan);
}

/**
 * Streams every table of the planned tenants with COPY, parents before children. Returns rows per table.
 * `now` stamps createdAt/updatedAt where the data has no date of its own.
 */
export async function writeTenants(
  client: PoolClient,
  plans: TenantPlan[],
  passwordHash: string,
  now: Date,
  log: (table: string, rows: number, ms: number) => void,
) {
  const counts: Record<string, number> = {};
  const copy = async (table: string, columns: string[], rows: Iterable<unknown[]>) => {
    const started = Date.now();
    counts[table] = await copyRows(client, table, columns, rows);
    log(table, counts[table], Date.now() - started);
  };
  const one = (plan: TenantPlan) => [plan];

  await copy(
    "Tenant",
    ["id", "name", "slug", "locale", "timeZone", "currency", "settings", "updatedAt"],
    each(plans, one, (p) => [
      [
        p.tenantId,
        p.index === 0 ? "Бенчмарк: большой клиент" : `Малая компания ${p.index}`,
        p.slug,
        "ru",
        "Europe/Moscow",
        "RUB",
        {},
        now,
      ],
    ]),
  );
  await copy(
    "User",
    ["id", "email", "passwordHash", "name", "locale", "updatedAt"],
    each(
      plans,
      (p) => p.users,
      (u) => [[u.id, u.email, passwordHash, u.name, "ru", now]],
    ),
  );
  await copy(
    "Membership",
    ["tenantId", "id", "userId", "role", "updatedAt"],
    each(
      plans,
      (p) => p.users,
      (u, p) => [[p.tenantId, u.id.replace(/^0{7}2/, "00000003"), u.id, u.role, now]],
    ),
  );
  await copy(
    "InformationSource",
    ["tenantId", "id", "name", "updatedAt"],
    each(
      plans,
      (p) => p.sources,
      (s, p) => [[p.tenantId, s.id, s.name, now]],
    ),
  );
  await copy(
    "FieldDefinition",
    [
      "tenantId",
      "id",
      "entity",
      "key",
      "labelRu",
      "labelEn",
      "type",
      "options",
      "section",
      "showInList",
      "filterable",
      "updatedAt",
    ],
    each(plans, one, (p) => [
      [
        p.tenantId,
        `0000000f-0000-7000-8000-${String(p.index).padStart(12, "0")}`,
        "COUNTERPARTY",
        "region",
        "Регион",
        "Region",
        "SELECT",
        REGION_OPTIONS,
        "",
        true,
        true,
        now,
      ],
    ]),
  );
  await copy(
    "Product",
    ["tenantId", "id", "sku", "name", "unit", "salePrice", "costPrice", "updatedAt"],
    each(
      plans,
      (p) => p.products,
      (x, p) => [[p.tenantId, x.id, x.sku, x.name, "шт", (x.price / 100).toFixed(2), (x.cost / 100).toFixed(2), now]],
    ),
  );
  const withFirsts = (p: TenantPlan) => {
    const firsts = p.customerFirsts();
    return p.counterparties.map((c) => ({ ...c, firsts: firsts.get(c.id) }));
  };
  await copy(
    "Counterparty",
    [
      "tenantId",
      "id",
      "kind",
      "name",
      "taxId",
      "isCustomer",
      "responsibleUserId",
      "sourceId",
      "customFields",
      "firstSaleOn",
      "firstDealOn",
      "createdAt",
      "updatedAt",
    ],
    each(plans, withFirsts, (c, p) => [
      [
        p.tenantId,
        c.id,
        c.legal ? "LEGAL_ENTITY" : "INDIVIDUAL",
        c.name,
        c.taxId,
        true,
        c.manager,
        c.source,
        { region: c.region },
        c.firsts?.saleOn ?? null,
        c.firsts?.dealOn ?? null,
        c.createdAt,
        c.createdAt,
      ],
    ]),
  );
  await copy(
    "ContactPerson",
    ["tenantId", "id", "lastName", "firstName", "position", "updatedAt"],
    each(
      plans,
      (p) => p.persons(),
      (x, p) => [[p.tenantId, x.id, x.lastName, x.firstName, x.position, now]],
    ),
  );
  await copy(
    "Employment",
    ["tenantId", "id", "contactPersonId", "counterpartyId", "position", "updatedAt"],
    each(
      plans,
      (p) => p.persons(),
      (x, p) => [[p.tenantId, x.employmentId, x.id, x.employer, x.position, now]],
    ),
  );
  let contact = 0;
  await copy(
    "ContactInfo",
    ["tenantId", "id", "counterpartyId", "contactPersonId", "type", "value", "normalized", "isPrimary", "updatedAt"],
    (function* () {
      for (const p of plans) {
        const id = () => `00000007-0000-7000-8000-${(++contact).toString(16).padStart(12, "0")}`;
        for (const c of p.counterparties) {
          yield [
            p.tenantId,
            id(),
            c.id,
            null,
            "PHONE",
            `+${c.phone.slice(0, 1)} (${c.phone.slice(1, 4)}) ${c.phone.slice(4, 7)}-${c.phone.slice(7, 9)}-${c.phone.slice(9)}`,
            c.phone,
            true,
            now,
          ];
          if (c.email) yield [p.tenantId, id(), c.id, null, "EMAIL", c.email, c.email, true, now];
        }
        for (const x of p.persons()) yield [p.tenantId, id(), null, x.id, "PHONE", `+${x.phone}`, x.phone, true, now];
      }
    })(),
  );
  const bundles = (p: TenantPlan) => p.orders();
  await copy(
    "Order",
    [
      "tenantId",
      "id",
      "number",
      "date",
      "counterpartyId",
      "managerUserId",
      "status",
      "expectedShipmentDate",
      "expectedPaymentDate",
      "sourceId",
      "totalAmount",
      "totalCost",
      "shippedAmount",
      "paidAmount",
      "shipmentState",
      "paymentState",
      "settled",
      "completedAt",
      "createdByUserId",
      "createdAt",
      "updatedAt",
    ],
    each(plans, bundles, (b) => [b.order]),
  );
  await copy(
    "OrderLine",
    [
      "tenantId",
      "id",
      "orderId",
      "position",
      "productId",
      "quantity",
      "price",
      "discountPercent",
      "amount",
      "unitCost",
      "shippedQuantity",
      "shippedAmount",
    ],
    each(plans, bundles, (b) => b.lines),
  );
  await copy(
    "Shipment",
    [
      "tenantId",
      "id",
      "number",
      "date",
      "orderId",
      "counterpartyId",
      "shipperUserId",
      "managerUserId",
      "sourceId",
      "amount",
      "cost",
      "createdAt",
      "updatedAt",
    ],
    each(plans, bundles, (b) => b.shipments),
  );
  await copy(
    "ShipmentLine",
    ["tenantId", "id", "shipmentId", "orderLineId", "productId", "quantity", "amount", "cost"],
    each(plans, bundles, (b) => b.shipmentLines),
  );
  await copy(
    "Payment",
    [
      "tenantId",
      "id",
      "number",
      "date",
      "orderId",
      "counterpartyId",
      "managerUserId",
      "amount",
      "method",
      "createdAt",
      "updatedAt",
    ],
    each(plans, bundles, (b) => b.payments),
  );
  await copy(
    "Interaction",
    INTERACTION_COLUMNS,
    each(
      plans,
      (p) => p.interactions(),
      (row) => [row],
    ),
  );
  return counts;
}
