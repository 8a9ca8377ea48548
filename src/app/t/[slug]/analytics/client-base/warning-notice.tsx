import { getTranslations } from "next-intl/server";
import type { ClientBaseFinding } from "@/domain/analytics/client-base-warning";
import type { Granularity, Period } from "@/domain/analytics/comparison-periods";

/** The amber early-warning notice: what the rule saw, with the figures, and the rule itself in one line. */
export async function WarningNotice({
  findings,
  granularity,
  label,
  money,
}: {
  findings: ClientBaseFinding[];
  granularity: Granularity;
  label: (b: Period) => string;
  money: (v: string) => string;
}) {
  if (findings.length === 0) return null;
  const t = await getTranslations("clientBase.warning");
  const { buckets } = findings[0]!;
  const series = (values: (string | number)[], format: (v: string) => string = String) =>
    values.map((v) => format(String(v))).join(" → ");
  return (
    <div
      role="alert"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      data-testid="client-base-warning"
    >
      <p className="font-semibold">{t("title", { periods: `${label(buckets[0]!)} — ${label(buckets.at(-1)!)}` })}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {findings.map((f) =>
          f.kind === "regularFalling" ? (
            <li key={f.kind}>
              {t("regularFalling", { values: series(f.revenueRegular, money) })}{" "}
              {f.newRising.includes("revenue") && t("newRevenueRising", { values: series(f.revenueNew, money) })}{" "}
              {f.newRising.includes("count") && t("newCountRising", { values: series(f.newCustomers) })}
            </li>
          ) : (
            <li key={f.kind}>{t("lostExceedNew", { lost: f.lost, won: f.won })}</li>
          ),
        )}
      </ul>
      <p className="mt-1 text-xs text-amber-800">{t("rule", { granularity })}</p>
    </div>
  );
}
