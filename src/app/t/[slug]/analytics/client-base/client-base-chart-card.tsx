import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ClientBaseRow } from "@/server/analytics/client-base-dynamics";
import { ClientBaseChart } from "./client-base-chart";

/** New and lost customers and the revenue from new and regular ones, a bar group per bucket. */
export async function ClientBaseChartCard({
  rows,
  label,
  currency,
}: {
  rows: ClientBaseRow[];
  label: (r: ClientBaseRow) => string;
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("clientBase"), getLocale()]);
  return (
    <Card title={t("chart")}>
      <ClientBaseChart
        data={rows.map((r) => ({
          label: label(r),
          newCustomers: r.newCustomers,
          lost: -r.lostCustomers,
          revenueNew: Number(r.revenueNew),
          revenueRegular: Number(r.revenueRegular),
        }))}
        locale={locale}
        currency={currency}
        labels={{
          newCustomers: t("newCustomers"),
          lost: t("lostCustomers"),
          revenueNew: t("revenueNew"),
          revenueRegular: t("revenueRegular"),
        }}
      />
    </Card>
  );
}
