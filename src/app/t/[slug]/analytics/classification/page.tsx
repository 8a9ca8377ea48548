import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { changeDirection } from "@/domain/classification/change-direction";
import { readClassificationParameters } from "@/domain/classification/parameters";
import { moneyFormatter } from "@/i18n/format-money";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/server/page-context";
import { classificationReport } from "@/server/classification/classification-report";
import { RunClassificationForm } from "./run-form";
import { ParametersForm } from "./parameters-form";
import { DynamicsChart } from "./dynamics-chart";

export async function generateMetadata() {
  return { title: (await getTranslations("classification"))("title") };
}

const ABC_ROWS = ["A", "B", "C", "-"] as const;
const XYZ_COLUMNS = ["X", "Y", "Z", "-"] as const;
const STAGES = ["REGULAR", "ONE_TIME", "POTENTIAL", "LOST"] as const;
const ARROW = { up: "▲", down: "▼" } as const;

function Delta({ now, before }: { now: number; before: number | undefined }) {
  if (before === undefined || now === before) return null;
  return (
    <span className={`ml-1 text-xs ${now > before ? "text-emerald-700" : "text-red-700"}`}>
      {now > before ? `▲${now - before}` : `▼${before - now}`}
    </span>
  );
}

/** SPEC §6.6: the ABC × XYZ matrix with stages beside it, what the last run changed, the runs, and loyalty dynamics. */
export default async function ClassificationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "classification.read");
  const [t, ts, format, locale, report] = await Promise.all([
    getTranslations("classification"),
    getTranslations("counterparties"),
    getFormatter(),
    getLocale(),
    classificationReport(ctx),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const { latest, previousCounts } = report;
  const list = (query: Record<string, string>) => `/t/${slug}/counterparties?${new URLSearchParams(query).toString()}`;
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone });
  const stageName = (s: string) => ts(`stages.${s}` as "stages.REGULAR");
  const shown = (dimension: string, v: string | null) => (v === null ? "—" : dimension === "STAGE" ? stageName(v) : v);

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          latest
            ? t("lastRun", { when: when(latest.startedAt), seconds: (latest.durationMs / 1000).toFixed(1) })
            : t("neverRun")
        }
        actions={can(ctx.role, "classification.run") && <RunClassificationForm slug={slug} />}
      />
      {latest?.noSales && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("noSales")}
        </p>
      )}
      {latest && (
        <div className="grid gap-6 lg:grid-cols-[3fr_1fr]">
          <Card title={t("matrix")}>
            <table className="w-full text-sm" data-testid="classification-matrix">
              <thead>
                <tr className="text-left text-slate-500">
                  <th className="py-1" />
                  {XYZ_COLUMNS.map((x) => (
                    <th key={x} className="py-1">
                      {x === "-" ? t("notRegular") : x}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ABC_ROWS.map((a) => (
                  <tr key={a} className="border-t border-slate-100 align-top">
                    <th className="py-2 pr-2 text-left">{a === "-" ? t("noAbc") : a}</th>
                    {XYZ_COLUMNS.map((x) => {
                      const cell = `${a}:${x}`;
                      const count = latest.counts.cells[cell] ?? 0;
                      const href =
                        a !== "-"
                          ? list(x !== "-" ? { abc: a, xyz: x } : { abc: a })
                          : x !== "-"
                            ? list({ xyz: x })
                            : null;
                      return (
                        <td key={x} className="py-2" data-cell={cell}>
                          {href && count > 0 ? (
                            <Link href={href} className="font-semibold text-brand-700 hover:underline">
                              {count}
                            </Link>
                          ) : (
                            <span className="font-semibold">{count}</span>
                          )}
                          <Delta now={count} before={previousCounts ? (previousCounts.cells[cell] ?? 0) : undefined} />
                          <div className="text-xs text-slate-500">{money(latest.counts.revenue[cell] ?? "0")}</div>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Card title={t("stage")}>
            <ul className="space-y-2 text-sm" data-testid="classification-stages">
              {STAGES.map((s) => (
                <li key={s} className="flex justify-between">
                  <Link href={list({ stage: s })} className="hover:underline">
                    {stageName(s)}
                  </Link>
                  <span className="font-semibold">
                    {latest.counts.stages[s] ?? 0}
                    <Delta
                      now={latest.counts.stages[s] ?? 0}
                      before={previousCounts ? (previousCounts.stages[s] ?? 0) : undefined}
                    />
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      )}
      {latest && (
        <Card title={t("changes", { count: report.changeCount })} className="mt-6">
          {report.changes.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noChanges")}</p>
          ) : (
            <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="classification-changes">
              {report.changes.map((c) => {
                const direction = changeDirection(c.dimension, c.fromValue, c.toValue);
                return (
                  <li key={c.id}>
                    <span className={direction === "up" ? "text-emerald-700" : "text-red-700"}>
                      {direction ? ARROW[direction] : "·"}
                    </span>{" "}
                    <Link href={`/t/${slug}/counterparties/${c.counterpartyId}`} className="hover:underline">
                      {c.counterpartyName}
                    </Link>
                    : {t(`dimensions.${c.dimension}`)} {shown(c.dimension, c.fromValue)} →{" "}
                    {shown(c.dimension, c.toValue)}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      )}
      <Card
        title={t("dynamics")}
        actions={
          report.dynamicsAsOf && (
            <span className="text-xs text-slate-500" data-testid="dynamics-as-of">
              {t("dynamicsAsOf", { when: when(report.dynamicsAsOf) })}
            </span>
          )
        }
        className="mt-6"
      >
        <DynamicsChart
          data={report.dynamics}
          labels={{
            newCustomers: t("newCustomers"),
            upgrades: t("upgrades"),
            downgrades: t("downgrades"),
            lost: t("lost"),
          }}
        />
        <Table head={[t("month"), t("atStart"), t("newCustomers"), t("lost"), t("attraction"), t("loss")]}>
          {report.dynamics.map((d) => (
            <tr key={d.month}>
              <Td>{d.month}</Td>
              <Td className="tabular-nums">{d.atStart}</Td>
              <Td className="tabular-nums">{d.newCustomers}</Td>
              <Td className="tabular-nums">{d.lost}</Td>
              <Td className="tabular-nums">
                {d.atStart
                  ? format.number(d.newCustomers / d.atStart, { style: "percent", maximumFractionDigits: 1 })
                  : "—"}
              </Td>
              <Td className="tabular-nums">
                {d.atStart ? format.number(d.lost / d.atStart, { style: "percent", maximumFractionDigits: 1 }) : "—"}
              </Td>
            </tr>
          ))}
        </Table>
      </Card>
      <Card title={t("runs")} className="mt-6">
        <Table
          head={[t("startedAt"), t("trigger"), t("by"), t("duration"), t("changedValues")]}
          empty={report.runs.length === 0 ? t("neverRun") : undefined}
        >
          {report.runs.map((r) => (
            <tr key={r.id}>
              <Td>{when(r.startedAt)}</Td>
              <Td>{t(`triggers.${r.trigger}`)}</Td>
              <Td>{r.startedBy?.user.name ?? "—"}</Td>
              <Td className="tabular-nums">{(r.durationMs / 1000).toFixed(1)} s</Td>
              <Td className="tabular-nums">{r.changes}</Td>
            </tr>
          ))}
        </Table>
      </Card>
      {can(ctx.role, "classification.run") && (
        <Card title={t("parameters.title")} className="mt-6">
          <ParametersForm
            slug={slug}
            values={readClassificationParameters(
              (ctx.tenant.settings as { classification?: unknown } | null)?.classification,
            )}
          />
        </Card>
      )}
    </>
  );
}
