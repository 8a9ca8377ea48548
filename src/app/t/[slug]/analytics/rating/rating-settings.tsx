import { getTranslations } from "next-intl/server";
import type { KpiSettings } from "@/domain/kpi/kpi-settings";
import { Card } from "@/components/ui/card";
import { KpiSettingsForm } from "./kpi-settings-form";
import { SubscriptionForm } from "./subscription-form";

/** The rating's indicators and weights, and the director's subscription to the report by e-mail. */
export async function RatingSettings({
  slug,
  settings,
  frequency,
}: {
  slug: string;
  settings: KpiSettings;
  frequency: string | null;
}) {
  const t = await getTranslations("rating");
  return (
    <div className="mt-6 grid gap-6 xl:grid-cols-[2fr_1fr]">
      <Card title={t("settings")}>
        <KpiSettingsForm slug={slug} settings={settings} />
      </Card>
      <Card title={t("subscription")}>
        <SubscriptionForm slug={slug} frequency={frequency} />
      </Card>
    </div>
  );
}
