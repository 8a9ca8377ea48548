import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { INDICATOR_META } from "@/domain/kpi/indicators";
import { readKpiSettings, readShownIndicators } from "@/domain/kpi/kpi-settings";
import { indicatorFormatter, shareFormatter } from "@/i18n/format-indicator";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { FilterChoice } from "@/components/forms/filter-choice";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { IndicatorPicker, showParam } from "@/components/analytics/indicator-picker";
import { requirePagePermission } from "@/server/page-context";
import { managerIndicatorsReport } from "@/server/kpi/manager-indicators-report";
import { InteractionBreakdown } from "./interaction-breakdown";

export async function generateMetadata() {
  return { title: (await getTranslations("kpi"))("title") };
}

type Search = { from?: string; to?: string; manager?: string; show?: string | string[] };

/** SPEC §7.1: every manager's indicators for a period, absolute and as a share of the company total. */
export default async function ManagerIndicatorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "kpi.read");
  const search = await searchParams;
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const { shown, ignored } = readShownIndicators(
    showParam(search.show),
    readKpiSettings((ctx.tenant.settings as { kpi?: unknown }).kpi).shown,
  );
  const [t, ta, locale, report] = await Promise.all([
    getTranslations("kpi"),
    getTranslations("analytics"),
    getLocale(),
    managerIndicatorsReport(ctx, period, search.manager),
  ]);
  const format = indicatorFormatter(locale, ctx.tenant.currency);
  const share = shareFormatter(locale);
  const seesAll = can(ctx.role, "kpi.readAll");

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { from: period.from, to: period.to })} />
      <PeriodFilter from={period.from} to={period.to} corrected={period.corrected}>
        {seesAll && (
          <FilterField label={ta("manager")}>
            <FilterChoice
              name="manager"
              label={ta("manager")}
              value={search.manager}
              any={ta("allManagers")}
              options={report.members.map((m) => ({ value: m.userId, label: m.name }))}
            />
          </FilterField>
        )}
        <IndicatorPicker shown={shown} />
      </PeriodFilter>
      {ignored.length > 0 && (
        <p role="status" className="mb-4 text-sm text-amber-700">
          {t("ignoredIndicators", { names: ignored.join(", ") })}
        </p>
      )}
      {!seesAll && <p className="mb-4 text-sm text-slate-500">{t("ownRowOnly")}</p>}
      <Table
        head={[ta("manager"), ...shown.map((i) => t(`indicators.${i}`))]}
        empty={report.rows.length === 0 ? t("noManagers") : undefined}
      >
        {report.rows.map(({ member, values }) => (
          <tr key={member.userId} data-testid="kpi-row">
            <Td className="font-medium">{member.name}</Td>
            {shown.map((i) => (
              <Td key={i} className="tabular-nums">
                <div data-indicator={i}>{format(INDICATOR_META[i].unit, values[i])}</div>
                {!INDICATOR_META[i].ratio && (
                  <div className="text-xs text-slate-500" title={t("shareHint")}>
                    {share(values[i], report.total[i])}
                  </div>
                )}
              </Td>
            ))}
          </tr>
        ))}
        <tr className="bg-slate-50 font-semibold" data-testid="kpi-total">
          <Td>{t("totalRow")}</Td>
          {shown.map((i) => (
            <Td key={i} className="tabular-nums">
              {format(INDICATOR_META[i].unit, report.total[i])}
            </Td>
          ))}
        </tr>
      </Table>
      <InteractionBreakdown rows={report.interactions} members={report.members} />
    </>
  );
}
