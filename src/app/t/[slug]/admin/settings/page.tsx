import { getTranslations } from "next-intl/server";
import { readFeatureSettings } from "@/domain/tenants/tenant-settings";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { SettingsForm } from "./settings-form";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.settings"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "tenant.updateSettings");
  const t = await getTranslations("admin.settings");
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(ctx.tenant.timeZone) ? zones : [ctx.tenant.timeZone, ...zones];
  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <SettingsForm
          slug={slug}
          timeZones={timeZones}
          values={{
            name: ctx.tenant.name,
            locale: ctx.tenant.locale,
            timeZone: ctx.tenant.timeZone,
            currency: ctx.tenant.currency,
            ...readFeatureSettings(ctx.tenant.settings),
          }}
        />
      </Card>
    </>
  );
}
