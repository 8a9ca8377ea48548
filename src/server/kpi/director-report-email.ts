import "server-only";
import { INDICATOR_META } from "@/domain/kpi/indicators";
import type { Period } from "@/domain/analytics/comparison-periods";
import { indicatorFormatter } from "@/i18n/format-indicator";
import type { AppLocale } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import type { ratingDashboard } from "./rating-dashboard";

type Dashboard = Awaited<ReturnType<typeof ratingDashboard>>;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The director's report (рапорт руководителю) as an e-mail: key company figures, the ranking, a link to the dashboard. */
export function directorReportEmail(
  dashboard: Dashboard,
  options: { locale: AppLocale; currency: string; key: string; period: Period; link: string },
) {
  const { locale, currency, key, period, link } = options;
  const format = indicatorFormatter(locale, currency);
  const t = (k: string, values?: Record<string, string | number>) => translate(locale, k, values);
  const shown = dashboard.settings.shown;
  const subject = t("rating.emailSubject", { period: key });
  const intro = t("rating.emailIntro", { from: period.from, to: period.to });
  const keyFigures = shown.map(
    (i) => [t(`kpi.indicators.${i}`), format(INDICATOR_META[i].unit, dashboard.totals.current[i])] as const,
  );
  const ranking = dashboard.rows.map((r) => ({
    rank: r.rank,
    name: r.member.name,
    score: r.score.toFixed(1),
    change:
      r.rankChange === null ? "" : r.rankChange > 0 ? `▲${r.rankChange}` : r.rankChange < 0 ? `▼${-r.rankChange}` : "=",
  }));

  const text = [
    intro,
    "",
    ...keyFigures.map(([label, value]) => `${label}: ${value}`),
    "",
    t("rating.ranking"),
    ...ranking.map((r) => `${r.rank}. ${r.name} — ${r.score} ${r.change}`.trimEnd()),
    "",
    link,
  ].join("\n");

  const cell = "padding:4px 8px;border-bottom:1px solid #e2e8f0;text-align:left";
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#0f172a">
<h2 style="margin:0 0 4px">${escape(subject)}</h2>
<p style="margin:0 0 16px;color:#475569">${escape(intro)}</p>
<table style="border-collapse:collapse;margin-bottom:16px">${keyFigures.map(([label, value]) => `<tr><th style="${cell}">${escape(label)}</th><td style="${cell}">${escape(value)}</td></tr>`).join("")}</table>
<h3 style="margin:0 0 8px">${escape(t("rating.ranking"))}</h3>
<table style="border-collapse:collapse;margin-bottom:16px"><tr><th style="${cell}">#</th><th style="${cell}">${escape(t("analytics.manager"))}</th><th style="${cell}">${escape(t("rating.score"))}</th><th style="${cell}"></th></tr>
${ranking.map((r) => `<tr><td style="${cell}">${r.rank}</td><td style="${cell}">${escape(r.name)}</td><td style="${cell}">${r.score}</td><td style="${cell}">${r.change}</td></tr>`).join("\n")}</table>
<p><a href="${escape(link)}">${escape(t("rating.openDashboard"))}</a></p>
</body></html>`;
  return { subject, text, html };
}
