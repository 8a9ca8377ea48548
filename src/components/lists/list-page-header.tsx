import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

export async function ListPageHeader({
  namespace,
  total,
  exportHref,
  children,
}: {
  namespace: "orders" | "products";
  total: number;
  exportHref: string;
  children: ReactNode;
}) {
  const t = await getTranslations(namespace);
  return (
    <PageHeader
      title={t("title")}
      subtitle={t("count", { count: total })}
      actions={
        <div className="flex gap-2">
          <a href={exportHref} className={buttonClass("secondary")}>
            {t("export")}
          </a>
          {children}
        </div>
      }
    />
  );
}
