import { seededRandom, weightedPicker } from "./random";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NS_INTERACTION = 16;
/** How far ahead managers have planned their contacts, and how long an overdue one stays undone at most. */
const PLANNED_AHEAD_DAYS = 30;
const OVERDUE_DAYS = 14;

const TYPES = [
  { type: "CALL", weight: 50, minutes: [3, 30] },
  { type: "EMAIL", weight: 20, minutes: [5, 15] },
  { type: "MEETING", weight: 10, minutes: [30, 120] },
  { type: "MESSAGE", weight: 10, minutes: [1, 10] },
  { type: "LETTER", weight: 5, minutes: [10, 30] },
  { type: "OTHER", weight: 5, minutes: [5, 60] },
] as const;
const SUBJECTS = [
  "Уточнить потребность",
  "Коммерческое предложение",
  "Согласование цены",
  "Сроки отгрузки",
  "Сверка расчётов",
  "Напоминание об оплате",
  "Презентация новинок",
  "Повторный заказ",
  "Рекламация",
  "Встреча на объекте",
];

export interface InteractionClient {
  id: string;
  manager: string;
  source: string;
  /** Days (from the tenant's start) within which the client is talked to. */
  first: number;
  last: number;
  weight: number;
  contactPersonId: string | null;
}

/**
 * A tenant's contacts with its clients (SPEC §4): `count` interactions over its history, weighted towards the
 * valuable clients but reaching the potential ones too; done or cancelled in the past, a few still open and now
 * overdue, and the next month planned. Yields COPY rows in date order, the same every time.
 */
export function* interactionRows(o: {
  tenantId: string;
  base: number;
  seed: number;
  start: Date;
  days: number;
  count: number;
  clients: InteractionClient[];
}): Generator<unknown[]> {
  const r = seededRandom(o.seed ^ 0x1b873593);
  const pickClient = weightedPicker(new Float64Array(o.clients.map((c) => 0.2 + c.weight)));
  const pickType = weightedPicker(new Float64Array(TYPES.map((t) => t.weight)));
  const span = o.days + PLANNED_AHEAD_DAYS;
  const perDay = o.count / span;
  let made = 0;
  let deficit = 0;
  for (let d = 0; d < span && made < o.count; d++) {
    let todayCount = Math.floor(perDay + deficit + r.next());
    deficit = perDay + deficit - todayCount;
    while (todayCount-- > 0 && made < o.count) {
      const client = o.clients[pickClient(r)]!;
      if (d < client.first || (d > client.last && d < o.days)) {
        deficit++;
        continue;
      }
      made++;
      const kind = TYPES[pickType(r)]!;
      // Working hours in Moscow (UTC+3): 09:00–18:00.
      const at = new Date(o.start.getTime() + d * DAY + (6 + r.int(0, 8)) * HOUR + r.int(0, 3) * 15 * 60_000);
      const age = o.days - d;
      const status =
        age <= 0
          ? "PLANNED"
          : age <= OVERDUE_DAYS && r.chance(0.04)
            ? "PLANNED"
            : r.chance(0.05)
              ? "CANCELLED"
              : "DONE";
      const incoming = r.chance(0.3);
      const created = new Date(at.getTime() - r.int(0, 7) * DAY);
      yield [
        o.tenantId,
        `${NS_INTERACTION.toString(16).padStart(8, "0")}-0000-7000-8000-${(o.base + made).toString(16).padStart(12, "0")}`,
        client.id,
        client.contactPersonId,
        client.manager,
        kind.type,
        incoming ? "INCOMING" : "OUTGOING",
        status,
        at,
        status === "DONE" ? at : null,
        status === "DONE" ? r.int(kind.minutes[0], kind.minutes[1]) : null,
        at,
        r.chance(0.1) ? "HIGH" : r.chance(0.1) ? "LOW" : "NORMAL",
        r.pick(SUBJECTS),
        incoming ? client.source : null,
        created,
        created,
      ];
    }
  }
}

export const INTERACTION_COLUMNS = [
  "tenantId",
  "id",
  "counterpartyId",
  "contactPersonId",
  "responsibleUserId",
  "type",
  "direction",
  "status",
  "plannedAt",
  "startedAt",
  "durationMinutes",
  "at",
  "importance",
  "subject",
  "sourceId",
  "createdAt",
  "updatedAt",
];
