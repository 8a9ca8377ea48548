import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { csvDialect } from "@/domain/csv/csv-dialect";
import {
  parseContactReportFilters,
  parseFailedOrderFilters,
  parseInteractionReportFilters,
} from "@/domain/reports/report-filters";
import { exportContactInformation } from "@/server/reports/export-contact-information";
import { exportFailedOrders } from "@/server/reports/export-failed-orders";
import { exportInformationSources } from "@/server/reports/export-information-sources";
import { exportInteractionsReport } from "@/server/reports/export-interactions-report";
import { contactReportRows, contactRowKey } from "@/server/reports/contact-report-rows";
import { completenessFields } from "@/server/reports/contact-completeness-sql";
import { otherTenantFixture, reportFixture } from "./report-fixture";

const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };
let f: Awaited<ReturnType<typeof reportFixture>>;

beforeAll(async () => {
  f = await reportFixture();
  await otherTenantFixture();
});

/** The cells of a CSV file, after checking the UTF-8 byte-order mark that tells Excel the encoding. */
async function read(stream: ReadableStream<Uint8Array>, delimiter: string): Promise<string[][]> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes.slice(3)), { delimiter, relax_column_count: true });
}

const contactLabels = {
  headers: ["Manager", "Counterparty", "Kind", "Phone", "E-mail", "Address", "Persons", "Completeness"],
  kind: (kind: string) => kind,
  unassigned: "Nobody",
  subtotal: (group: string) => `Subtotal: ${group}`,
  total: "Total",
};

describe("report CSV files", () => {
  it("writes the contact report like the page, in the Russian spreadsheet's notation, formulas neutralised", async () => {
    const rows = await read(
      exportContactInformation(f.ctx, csvDialect("ru"), parseContactReportFilters({}, []), contactLabels),
      ";",
    );
    const formula = `'${f.counterparties.formula.name}`;
    expect(rows).toEqual([
      contactLabels.headers,
      [
        f.anna.name,
        "Альфа",
        "LEGAL_ENTITY",
        "'+7 495 111-11-11",
        "info@alfa.example",
        "Москва, ул. Ленина, 1",
        "1",
        "100",
      ],
      [f.anna.name, "Бета", "INDIVIDUAL", "'+7 916 222-22-22", "", "", "0", "16,7"],
      [`Subtotal: ${f.anna.name}`, "2", "", "", "", "", "1", "58,3"],
      [f.boris.name, "Гамма", "LEGAL_ENTITY", "", "gamma@example.test", "Казань", "1", "66,7"],
      [`Subtotal: ${f.boris.name}`, "1", "", "", "", "", "1", "66,7"],
      ["Nobody", formula, "LEGAL_ENTITY", "", "", "", "0", "0"],
      ["Subtotal: Nobody", "1", "", "", "", "", "0", "0"],
      ["Total", "4", "", "", "", "", "2", "45,8"],
    ]);
    const english = await read(
      exportContactInformation(
        f.ctx,
        csvDialect("en"),
        parseContactReportFilters({ incomplete: "1" }, []),
        contactLabels,
      ),
      ",",
    );
    expect(english.at(-1)).toEqual(["Total", "3", "", "", "", "", "1", "27.8"]);
    expect(english.map((r) => r[1])).toEqual(["Counterparty", "Бета", "1", "Гамма", "1", formula, "1", "3"]);
  });

  it("continues a large contact export after the last row of the previous batch", async () => {
    const fields = await completenessFields(f.tenant.id);
    const filters = { incomplete: false };
    const first = await contactReportRows(f.tenant.id, filters, fields, { limit: 3 });
    const next = await contactReportRows(f.tenant.id, filters, fields, {
      limit: 3,
      after: contactRowKey(first.at(-1)!),
    });
    expect([first.map((r) => r.name), next.map((r) => r.name)]).toEqual([
      ["Альфа", "Бета", "Гамма"],
      [f.counterparties.formula.name],
    ]);
    const afterUnassigned = await contactReportRows(f.tenant.id, filters, fields, {
      limit: 3,
      after: contactRowKey(next[0]!),
    });
    expect(afterUnassigned).toEqual([]);
  });

  it("writes every failed order with its group's sub-total and the total; amounts are numbers of the reader's notation", async () => {
    const labels = {
      headers: ["Reason", "Number", "Date", "Counterparty", "Manager", "Amount", "Comment"],
      noReason: "No reason",
      subtotal: (g: string) => `Subtotal: ${g}`,
      total: "Total",
    };
    const filters = parseFailedOrderFilters({}, { reasonIds: [], managerIds: [] });
    const ru = await read(exportFailedOrders(f.ctx, csvDialect("ru"), OCTOBER, filters, labels), ";");
    const formula = `'${f.counterparties.formula.name}`;
    expect(ru).toEqual([
      labels.headers,
      ["Сроки", "8", "2026-10-09", "Гамма", f.boris.name, "2000", ""],
      ["Сроки", "11", "2026-10-31", "Бета", f.anna.name, "10", ""],
      ["Subtotal: Сроки", "2", "", "", "", "2010", ""],
      ["Дорого", "6", "2026-10-07", "Альфа", f.anna.name, "1200,5", "Нашли дешевле"],
      ["Дорого", "7", "2026-10-08", "Бета", f.anna.name, "300", ""],
      ["Subtotal: Дорого", "2", "", "", "", "1500,5", ""],
      ["No reason", "9", "2026-10-10", formula, f.boris.name, "99,99", "'=cmd"],
      ["Subtotal: No reason", "1", "", "", "", "99,99", ""],
      ["Total", "5", "", "", "", "3610,49", ""],
    ]);
    const en = await read(
      exportFailedOrders(
        f.ctx,
        csvDialect("en"),
        OCTOBER,
        parseFailedOrderFilters({ groupBy: "manager" }, { reasonIds: [], managerIds: [] }),
        labels,
      ),
      ",",
    );
    expect(en.filter((r) => r[0]!.startsWith("Subtotal") || r[0] === "Total")).toEqual([
      [`Subtotal: ${f.boris.name}`, "2", "", "", "", "2099.99", ""],
      [`Subtotal: ${f.anna.name}`, "3", "", "", "", "1510.5", ""],
      ["Total", "5", "", "", "", "3610.49", ""],
    ]);
    expect(en[1]).toEqual([f.boris.name, "8", "2026-10-09", "Гамма", "Сроки", "2000", ""]);
  });

  it("writes the sources with the return as a percentage, and the interactions with their total", async () => {
    const sources = await read(
      exportInformationSources(f.ctx, csvDialect("en"), OCTOBER, {
        headers: ["Source", "In", "New", "Orders", "Revenue", "Profit", "Cost", "Per new", "Return"],
        name: (r) => r.name ?? "None",
        total: "Total",
      }),
      ",",
    );
    expect(sources).toEqual([
      ["Source", "In", "New", "Orders", "Revenue", "Profit", "Cost", "Per new", "Return"],
      ["Выставка", "1", "3", "1", "4000", "1500", "1000", "333.33", "50"],
      ["Старая реклама", "0", "0", "1", "800", "300", "500", "", "-40"],
      ["None", "1", "1", "1", "400", "300", "", "", ""],
      ["Сарафан", "1", "1", "0", "0", "0", "", "", ""],
      ["Холодные звонки", "0", "0", "0", "0", "0", "200", "", "-100"],
      ["Total", "3", "5", "3", "5200", "2100", "1700", "566.67", "5.88"],
    ]);
    const filters = parseInteractionReportFilters({ groupBy: "type" }, []);
    const interactions = await read(
      exportInteractionsReport(f.ctx, csvDialect("ru"), OCTOBER, filters, {
        headers: ["Type", "Count", "In", "Out", "Minutes"],
        group: (g) => g.key,
        total: "Total",
      }),
      ";",
    );
    expect(interactions).toEqual([
      ["Type", "Count", "In", "Out", "Minutes"],
      ["CALL", "4", "3", "1", "18"],
      ["MEETING", "1", "0", "1", "60"],
      ["Total", "5", "3", "2", "78"],
    ]);
  });
});
