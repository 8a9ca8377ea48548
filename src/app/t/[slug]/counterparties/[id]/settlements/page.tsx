import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getSettlements } from "@/server/settlements/get-settlements";
import { BalanceTiles } from "./balance-tiles";
import { PeriodCard } from "./period-card";

export async function generateMetadata() {
  return { title: (await getTranslations("settlements"))("title") };
}

export default async function SettlementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "order.read");
  const period = readPeriod(await searchParams, todayIn(ctx.tenant.timeZone));
  const { counterparty, balance, figures, trend } = await orNotFound(getSettlements(ctx, id, period));
  const t = await getTranslations("settlements");
  const { currency } = ctx.tenant;
  return (
    <>
      <PageHeader
        title={t("heading", { name: counterparty.name })}
        actions={
          <div className="flex gap-2">
            <Link href={`/t/${slug}/orders?counterparty=${counterparty.id}`} className={buttonClass("secondary")}>
              {t("orders")}
            </Link>
            <Link href={`/t/${slug}/counterparties/${counterparty.id}`} className={buttonClass("secondary")}>
              {t("card")}
            </Link>
          </div>
        }
      />
      <BalanceTiles balance={balance} currency={currency} />
      <PeriodCard period={period} figures={figures} trend={trend} currency={currency} />
    </>
  );
}
