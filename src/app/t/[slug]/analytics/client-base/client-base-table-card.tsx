import type { ComponentProps } from "react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ClientBaseTable } from "./client-base-table";

const DEFINITIONS = ["newCustomers", "revenue", "lost", "stages", "manager"] as const;

/** The figures per bucket, what the total row means, and the definitions of the terms behind a disclosure. */
export async function ClientBaseTableCard(props: ComponentProps<typeof ClientBaseTable>) {
  const t = await getTranslations("clientBase");
  return (
    <Card title={t("table")} className="mt-6">
      <ClientBaseTable {...props} />
      <p className="mt-2 text-xs text-slate-500">{t("totalsNote")}</p>
      <details className="mt-4 text-sm text-slate-600">
        <summary className="cursor-pointer font-medium">{t("definitions.title")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {DEFINITIONS.map((k) => (
            <li key={k}>{t(`definitions.${k}`)}</li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
