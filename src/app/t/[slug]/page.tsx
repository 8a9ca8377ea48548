import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { getPageContext } from "@/server/page-context";
import { tenantOverview } from "@/server/tenants/tenant-overview";

export default async function TenantHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await getPageContext(slug);
  const t = await getTranslations();
  const overview = await tenantOverview(ctx);
  return (
    <>
      <PageHeader
        title={t("home.title", { name: ctx.user.name })}
        subtitle={t("home.subtitle", { company: ctx.tenant.name, role: t(`roles.${ctx.role}`) })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={t("home.counterparties")}>
          <Link href={`/t/${slug}/counterparties`} className="text-3xl font-semibold text-brand-700 hover:underline">
            {overview.counterparties}
          </Link>
        </Card>
        <Card title={t("home.members")}>
          <p className="text-3xl font-semibold">{overview.members}</p>
        </Card>
      </div>
      <p className="mt-6 text-sm text-slate-500">{t("home.startHere")}</p>
    </>
  );
}
