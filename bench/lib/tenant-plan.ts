import { completeTaxId } from "@/domain/counterparties/tax-id";
import { interactionRows } from "./interaction-plan";
import { idOf, seededRandom, weightedPicker, type Random } from "./random";

/**
 * One generated tenant: its people, catalogue and clients are decided up front (small arrays); its orders, lines,
 * shipments and payments are produced by `orders()`, which yields the same sequence every time it is called, so
 * each table can be streamed in its own COPY without keeping a million orders in memory.
 */
export interface TenantSize {
  counterparties: number;
  persons: number;
  orders: number;
  interactions: number;
  managers: number;
  products: number;
  years: number;
}

const NS = {
  tenant: 1,
  user: 2,
  membership: 3,
  source: 4,
  product: 5,
  counterparty: 6,
  contact: 7,
  person: 8,
  employment: 9,
  order: 10,
  line: 11,
  shipment: 12,
  shipmentLine: 13,
  payment: 14,
  field: 15,
};

const COMPANY_WORDS = [
  "Альфа",
  "Вектор",
  "Север",
  "Гранит",
  "Меридиан",
  "Орион",
  "Прогресс",
  "Сигма",
  "Техно",
  "Урал",
  "Восток",
  "Импульс",
  "Квант",
  "Лидер",
  "Монолит",
  "Нева",
  "Опора",
  "Полюс",
  "Ресурс",
  "Стандарт",
  "Титан",
  "Феникс",
  "Эталон",
  "Янтарь",
];
const COMPANY_KINDS = ["ООО", "АО", "ПАО", "ООО ТД", "ООО ПК"];
const LAST_NAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
];
const FIRST_NAMES = [
  "Александр",
  "Сергей",
  "Дмитрий",
  "Андрей",
  "Алексей",
  "Ольга",
  "Елена",
  "Наталья",
  "Ирина",
  "Мария",
  "Анна",
  "Татьяна",
];
const POSITIONS = [
  "директор",
  "главный бухгалтер",
  "менеджер по закупкам",
  "инженер",
  "начальник склада",
  "коммерческий директор",
];
const PRODUCT_WORDS = [
  "Бумага",
  "Картридж",
  "Папка",
  "Ручка",
  "Степлер",
  "Кресло",
  "Стол",
  "Шкаф",
  "Лампа",
  "Маркер",
  "Тонер",
  "Скобы",
];
export const REGIONS = ["msk", "spb", "ekb", "nsk", "kzn"];
const DAY = 86_400_000;

export interface OrderBundle {
  order: unknown[];
  lines: unknown[][];
  shipments: unknown[][];
  shipmentLines: unknown[][];
  payments: unknown[][];
  /** What the order tells about its customer's firsts: its date if it is a deal, its shipment's date if shipped. */
  firsts: { counterpartyId: string; dealOn: Date | null; saleOn: Date | null };
}

export interface CustomerFirsts {
  saleOn: Date | null;
  dealOn: Date | null;
}

const earlier = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

export function planTenant(index: number, seed: number, size: TenantSize, today: Date) {
  const random = seededRandom(seed);
  const slug = index === 0 ? "bench" : `small-${String(index).padStart(4, "0")}`;
  const tenantId = idOf(NS.tenant, index);
  const base = index * 10_000_000;
  const start = new Date(today.getTime() - size.years * 365 * DAY);
  const days = Math.round((today.getTime() - start.getTime()) / DAY);
  const dayOf = (d: number) => new Date(start.getTime() + d * DAY);

  const users = [
    { role: "ADMIN", email: `admin@${slug}.test`, name: "Администратор" },
    { role: "DIRECTOR", email: `director@${slug}.test`, name: "Руководитель" },
    ...Array.from({ length: size.managers }, (_, i) => ({
      role: "MANAGER",
      email: `manager${i + 1}@${slug}.test`,
      name: `Менеджер ${i + 1}`,
    })),
  ].map((u, i) => ({ ...u, id: idOf(NS.user, base + i) }));
  const managers = users.filter((u) => u.role === "MANAGER");
  const sources = ["Выставка", "Рекомендация", "Холодный звонок", "Сайт", "Реклама"].map((name, i) => ({
    id: idOf(NS.source, base + i),
    name,
  }));

  const products = Array.from({ length: size.products }, (_, i) => {
    const price = Math.round(random.pareto(1.5) * 300) * 100;
    return {
      id: idOf(NS.product, base + i),
      sku: `P-${String(i + 1).padStart(6, "0")}`,
      name: `${random.pick(PRODUCT_WORDS)} ${random.pick(COMPANY_WORDS)} ${i + 1}`,
      price,
      cost: Math.round(price * (0.5 + random.next() * 0.3)),
    };
  });
  const productWeights = new Float64Array(products.map(() => random.pareto(1.2)));
  const pickProduct = weightedPicker(productWeights);

  // Clients: Pareto-distributed value; some never buy, some buy once, some stop (lost), the rest keep buying.
  const counterparties = Array.from({ length: size.counterparties }, (_, i) => {
    const legal = random.chance(0.8);
    const kind = random.next();
    const first = Math.floor(random.next() * random.next() * days * 0.9);
    const profile = kind < 0.3 ? "potential" : kind < 0.5 ? "oneTime" : kind < 0.65 ? "lost" : "regular";
    const last = profile === "lost" ? first + Math.floor(random.next() * (days - first) * 0.6) : days;
    return {
      id: idOf(NS.counterparty, base + i),
      legal,
      name: legal
        ? `${random.pick(COMPANY_KINDS)} «${random.pick(COMPANY_WORDS)}-${i + 1}»`
        : `${random.pick(LAST_NAMES)} ${random.pick(FIRST_NAMES)} (${i + 1})`,
      taxId: legal
        ? completeTaxId(String(100_000_000 + ((i * 7919 + index * 104729) % 899_999_999)).slice(0, 9))
        : null,
      manager: managers[i % managers.length]!.id,
      source: random.pick(sources).id,
      region: random.pick(REGIONS),
      phone: `79${String(100_000_000 + ((i * 48271 + index * 16807) % 899_999_999)).slice(0, 9)}`,
      email: random.chance(0.7) ? `client${i + 1}@${slug}.example` : null,
      createdAt: dayOf(first),
      first,
      last,
      weight: profile === "potential" ? 0 : profile === "oneTime" ? 0.05 : random.pareto(1.16),
    };
  });
  const pickCustomer = weightedPicker(new Float64Array(counterparties.map((c) => c.weight)));

  function* orders(): Generator<OrderBundle> {
    const r = seededRandom(seed ^ 0x5bd1e995);
    const oneTimeUsed = new Set<number>();
    let number = 0;
    let shipmentNumber = 0;
    let paymentNumber = 0;
    let lineId = 0;
    let shipmentLineId = 0;
    let deficit = 0;
    const perDay = size.orders / days;
    for (let d = 0; d < days && number < size.orders; d++) {
      const month = dayOf(d).getUTCMonth();
      const season = 1 + 0.3 * Math.cos(((month - 10) / 12) * 2 * Math.PI); // busiest in November, quietest in May
      let todayCount = Math.floor(perDay * season + deficit + r.next());
      deficit = perDay * season + deficit - todayCount;
      while (todayCount-- > 0 && number < size.orders) {
        let c = -1;
        for (let attempt = 0; attempt < 8 && c < 0; attempt++) {
          const candidate = pickCustomer(r);
          const cp = counterparties[candidate]!;
          if (d >= cp.first && d <= cp.last && !(cp.weight === 0.05 && oneTimeUsed.has(candidate))) c = candidate;
        }
        if (c < 0) {
          deficit++;
          continue;
        }
        const customer = counterparties[c]!;
        if (customer.weight === 0.05) oneTimeUsed.add(c);
        number++;
        yield orderBundle(r, number, d, customer);
      }
    }

    function orderBundle(
      r: Random,
      orderNumber: number,
      d: number,
      customer: (typeof counterparties)[number],
    ): OrderBundle {
      const orderId = idOf(NS.order, base + orderNumber);
      const date = dayOf(d);
      const age = days - d;
      const outcome = r.next();
      const status =
        age > 45
          ? outcome < 0.96
            ? "COMPLETED"
            : "CANCELLED"
          : age > 7
            ? outcome < 0.5
              ? "COMPLETED"
              : "CONFIRMED"
            : outcome < 0.3
              ? "DRAFT"
              : "CONFIRMED";
      const partlyShipped = status === "CONFIRMED" && age > 7 && outcome < 0.8;
      const lineCount = r.int(1, 5);
      const lines = Array.from({ length: lineCount }, (_, position) => {
        const product = products[pickProduct(r)]!;
        const quantity = product.price > 500_000 ? r.int(1, 3) : r.int(1, 20);
        const discount = r.pick([0, 0, 0, 5, 10]);
        const amount = Math.round((quantity * product.price * (100 - discount)) / 100);
        const shipped = status === "COMPLETED" || (partlyShipped && position < Math.ceil(lineCount / 2)) ? quantity : 0;
        return {
          id: idOf(NS.line, base + ++lineId),
          position: position + 1,
          product,
          quantity,
          discount,
          amount,
          shipped,
          cost: quantity * product.cost,
        };
      });
      const total = lines.reduce((s, l) => s + l.amount, 0);
      const shippedAmount = lines.reduce((s, l) => s + (l.shipped ? l.amount : 0), 0);
      const dueDay = d + 14;
      const late = r.chance(0.3) ? r.int(1, 40) : -r.int(0, 3);
      const paid = status === "COMPLETED" ? total : partlyShipped && r.chance(0.5) ? Math.round(total / 2) : 0;
      const payDay = Math.min(days - 1, Math.max(d, dueDay + late));
      const shipDay = Math.min(days - 1, d + 2);
      const shipments: unknown[][] = [];
      const shipmentLines: unknown[][] = [];
      if (shippedAmount > 0) {
        const shipmentId = idOf(NS.shipment, base + ++shipmentNumber);
        const shippedCost = lines.reduce((s, l) => s + (l.shipped ? l.cost : 0), 0);
        shipments.push([
          tenantId,
          shipmentId,
          shipmentNumber,
          dayOf(shipDay),
          orderId,
          customer.id,
          customer.manager,
          customer.manager,
          customer.source,
          kop(shippedAmount),
          kop(shippedCost),
          dayOf(shipDay),
          dayOf(shipDay),
        ]);
        for (const l of lines.filter((x) => x.shipped))
          shipmentLines.push([
            tenantId,
            idOf(NS.shipmentLine, base + ++shipmentLineId),
            shipmentId,
            l.id,
            l.product.id,
            l.shipped,
            kop(l.amount),
            kop(l.cost),
          ]);
      }
      const payments: unknown[][] =
        paid > 0
          ? [
              [
                tenantId,
                idOf(NS.payment, base + ++paymentNumber),
                paymentNumber,
                dayOf(payDay),
                orderId,
                customer.id,
                customer.manager,
                kop(paid),
                "BANK_TRANSFER",
                dayOf(payDay),
                dayOf(payDay),
              ],
            ]
          : [];
      const shipmentState =
        shippedAmount === 0 ? "NOT_SHIPPED" : shippedAmount === total ? "SHIPPED" : "PARTLY_SHIPPED";
      const paymentState = paid === 0 ? "UNPAID" : paid >= total ? "PAID" : "PARTLY_PAID";
      const order = [
        tenantId,
        orderId,
        orderNumber,
        date,
        customer.id,
        customer.manager,
        status,
        dayOf(d + 3),
        dayOf(dueDay),
        customer.source,
        kop(total),
        kop(lines.reduce((s, l) => s + l.cost, 0)),
        kop(shippedAmount),
        kop(paid),
        shipmentState,
        paymentState,
        status === "CANCELLED" || (shippedAmount === total && paid === total),
        status === "COMPLETED" ? dayOf(Math.max(shipDay, payDay)) : null,
        customer.manager,
        date,
        date,
      ];
      return {
        order,
        firsts: {
          counterpartyId: customer.id,
          dealOn: status === "CONFIRMED" || status === "COMPLETED" ? date : null,
          saleOn: shipments.length ? dayOf(shipDay) : null,
        },
        lines: lines.map((l) => [
          tenantId,
          l.id,
          orderId,
          l.position,
          l.product.id,
          l.quantity,
          kop(l.product.price),
          l.discount,
          kop(l.amount),
          kop(l.product.cost),
          l.shipped,
          kop(l.shipped ? l.amount : 0),
        ]),
        shipments,
        shipmentLines,
        payments,
      };
    }
  }

  function* persons() {
    const r = seededRandom(seed ^ 0x27d4eb2d);
    for (let i = 0; i < size.persons; i++) {
      const employer = counterparties[i % counterparties.length]!;
      yield {
        id: idOf(NS.person, base + i),
        employmentId: idOf(NS.employment, base + i),
        employer: employer.id,
        lastName: r.pick(LAST_NAMES),
        firstName: r.pick(FIRST_NAMES),
        position: r.pick(POSITIONS),
        phone: `79${String(200_000_000 + ((i * 69621 + index * 7) % 799_999_999)).slice(0, 9)}`,
      };
    }
  }

  /** Each client's first sale and first deal dates, kept on the counterparty as the app keeps them: one more pass over the orders. */
  function customerFirsts(): Map<string, CustomerFirsts> {
    const firsts = new Map<string, CustomerFirsts>();
    for (const { firsts: order } of orders()) {
      const known = firsts.get(order.counterpartyId);
      firsts.set(order.counterpartyId, {
        saleOn: earlier(known?.saleOn ?? null, order.saleOn),
        dealOn: earlier(known?.dealOn ?? null, order.dealOn),
      });
    }
    return firsts;
  }

  const interactions = () =>
    interactionRows({
      tenantId,
      base,
      seed,
      start,
      days,
      count: size.interactions,
      // Person i works for client i (persons()), so client i's contact person is person i where there is one.
      clients: counterparties.map((c, i) => ({
        ...c,
        contactPersonId: i < size.persons ? idOf(NS.person, base + i) : null,
      })),
    });

  return {
    index,
    slug,
    tenantId,
    base,
    users,
    sources,
    products,
    counterparties,
    orders,
    persons,
    interactions,
    customerFirsts,
    namespace: NS,
  };
}

/** Kopecks as a decimal string for a numeric(18,2) column. */
function kop(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export type TenantPlan = ReturnType<typeof planTenant>;
