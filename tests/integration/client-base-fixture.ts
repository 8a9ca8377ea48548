import { randomUUID } from "node:crypto";
import { db, unsafeDb } from "@/server/db";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { resolveTenantContext } from "@/server/tenant-context";
import { addMember, createTenantWithUser, createUser } from "@tests/factories";

/**
 * A hand-made client base (rows inserted directly; every figure below is counted by hand). The tenant's zone is
 * Vladivostok (UTC+10, no daylight saving), so a history row at 15:30 UTC belongs to the next calendar day.
 *
 *  C1 (M1) created 2025-06-01; sales 2025-10-10 100, 2026-01-15 200, 2026-02-20 300;
 *          ONE_TIME 2025-10-11, REGULAR 2026-02-28 13:59:59Z (23:59:59 local, still February)
 *  C2 (M1) created 2025-12-01; sales 2026-01-05 1000, 2026-01-25 500, 2026-03-03 400; ONE_TIME 2026-01-06, REGULAR 2026-03-04
 *  C3 (M2) created 2026-01-10; sales 2026-02-07 700, 2026-02-11 50;
 *          ONE_TIME 2026-02-08 14:30Z (Monday 9 February, 00:30 local), LOST 03-15, ONE_TIME 03-16, LOST 03-20
 *  C4 (M2) created 2025-01-01; sale 2025-05-05 900; ONE_TIME 2025-06-01, LOST 2026-01-31 15:30Z (1 February local)
 *  C5 (—)  created 2026-03-20, no sales: POTENTIAL from March
 *  C6 (M1) archived; first sale 2026-03-10 60; ONE_TIME 2026-03-11: a new customer, but in no stage count
 *  C7 (M1) a supplier, not a customer; sale 2025-03-01 50, ONE_TIME 2025-03-02: counted once it has a stage
 *  C8 (M2) created 2026-03-31 14:30Z = 1 April local: not yet there at the end of March
 *  C9 (—)  not a customer, nothing else: never counted
 *  C10 (—) created 2025-01-01; ONE_TIME 2025-02-01, set back to POTENTIAL by hand on 2026-02-15
 *  C11 (—) created 2026-03-10, but a merge brought it a history from before: ONE_TIME 2025-12-01
 * Every shipment's cost is 40 % of its amount, so gross profit is 60 %.
 */
export async function clientBase(timeZone: string) {
  const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
  const tenantId = t.tenant.id;
  await unsafeDb().tenant.update({ where: { id: tenantId }, data: { timeZone } });
  const managers = [];
  for (const name of ["Manager One", "Manager Two"]) {
    const user = await createUser(unsafeDb(), { name: `${name} ${tenantId.slice(-4)}` });
    await addMember(unsafeDb(), tenantId, user.id, "MANAGER");
    managers.push(user.id);
  }
  const [m1, m2] = managers as [string, string];
  // Responsible for nothing and not a manager: not offered as a filter.
  await addMember(unsafeDb(), tenantId, (await createUser(unsafeDb())).id, "ADMIN");

  let number = 0;
  const counterparty = async (
    name: string,
    data: { responsibleUserId?: string; createdAt: string; isCustomer?: boolean; archived?: boolean },
  ) => {
    const c = await unsafeDb().counterparty.create({
      data: {
        tenantId,
        name,
        kind: "LEGAL_ENTITY",
        responsibleUserId: data.responsibleUserId,
        isCustomer: data.isCustomer ?? true,
        isSupplier: data.isCustomer === false,
        archived: data.archived ?? false,
        createdAt: new Date(data.createdAt),
      },
    });
    return c.id;
  };
  const sales = async (counterpartyId: string, list: [string, number][]) => {
    const orderId = randomUUID();
    number += 1;
    await unsafeDb().order.create({
      data: {
        tenantId,
        id: orderId,
        number,
        date: new Date(`${list[0]![0]}T00:00:00Z`),
        counterpartyId,
        managerUserId: t.user.id,
        status: "CONFIRMED",
      },
    });
    for (const [date, amount] of list) {
      number += 1;
      await unsafeDb().shipment.create({
        data: {
          tenantId,
          number,
          date: new Date(`${date}T00:00:00Z`),
          orderId,
          counterpartyId,
          managerUserId: t.user.id,
          shipperUserId: t.user.id,
          amount: amount.toFixed(2),
          cost: (amount * 0.4).toFixed(2),
        },
      });
    }
    // The rows go in directly: keep the customer's first sale as the shipment use case does.
    await db().$transaction((tx) => refreshCustomerFirsts(tx, tenantId, counterpartyId));
  };
  const stages = async (counterpartyId: string, list: [string, string][]) => {
    let from = "POTENTIAL";
    for (const [to, at] of list) {
      await unsafeDb().classificationChange.create({
        data: {
          tenantId,
          counterpartyId,
          dimension: "STAGE",
          fromValue: from,
          toValue: to,
          automatic: false,
          createdAt: new Date(at),
        },
      });
      from = to;
    }
  };

  const c1 = await counterparty("C1", { responsibleUserId: m1, createdAt: "2025-06-01T00:00:00Z" });
  await sales(c1, [
    ["2025-10-10", 100],
    ["2026-01-15", 200],
    ["2026-02-20", 300],
  ]);
  await stages(c1, [
    ["ONE_TIME", "2025-10-11T03:00:00Z"],
    ["REGULAR", "2026-02-28T13:59:59Z"],
  ]);
  const c2 = await counterparty("C2", { responsibleUserId: m1, createdAt: "2025-12-01T00:00:00Z" });
  await sales(c2, [
    ["2026-01-05", 1000],
    ["2026-01-25", 500],
    ["2026-03-03", 400],
  ]);
  await stages(c2, [
    ["ONE_TIME", "2026-01-06T01:00:00Z"],
    ["REGULAR", "2026-03-04T00:00:00Z"],
  ]);
  const c3 = await counterparty("C3", { responsibleUserId: m2, createdAt: "2026-01-10T00:00:00Z" });
  await sales(c3, [
    ["2026-02-07", 700],
    ["2026-02-11", 50],
  ]);
  await stages(c3, [
    ["ONE_TIME", "2026-02-08T14:30:00Z"],
    ["LOST", "2026-03-15T00:00:00Z"],
    ["ONE_TIME", "2026-03-16T00:00:00Z"],
    ["LOST", "2026-03-20T00:00:00Z"],
  ]);
  const c4 = await counterparty("C4", { responsibleUserId: m2, createdAt: "2025-01-01T00:00:00Z" });
  await sales(c4, [["2025-05-05", 900]]);
  await stages(c4, [
    ["ONE_TIME", "2025-06-01T00:00:00Z"],
    ["LOST", "2026-01-31T15:30:00Z"],
  ]);
  await counterparty("C5", { createdAt: "2026-03-20T00:00:00Z" });
  const c6 = await counterparty("C6", { responsibleUserId: m1, createdAt: "2025-06-01T00:00:00Z", archived: true });
  await sales(c6, [["2026-03-10", 60]]);
  await stages(c6, [["ONE_TIME", "2026-03-11T00:00:00Z"]]);
  const c7 = await counterparty("C7", { responsibleUserId: m1, createdAt: "2025-01-01T00:00:00Z", isCustomer: false });
  await sales(c7, [["2025-03-01", 50]]);
  await stages(c7, [["ONE_TIME", "2025-03-02T00:00:00Z"]]);
  await counterparty("C8", { responsibleUserId: m2, createdAt: "2026-03-31T14:30:00Z" });
  await counterparty("C9", { createdAt: "2025-01-01T00:00:00Z", isCustomer: false });
  const c10 = await counterparty("C10", { createdAt: "2025-01-01T00:00:00Z" });
  await stages(c10, [
    ["ONE_TIME", "2025-02-01T00:00:00Z"],
    ["POTENTIAL", "2026-02-15T00:00:00Z"],
  ]);
  const c11 = await counterparty("C11", { createdAt: "2026-03-10T00:00:00Z" });
  await stages(c11, [["ONE_TIME", "2025-12-01T00:00:00Z"]]);

  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  return { ...t, ctx, m1, m2 };
}
