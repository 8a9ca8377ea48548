import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { currentSession } from "@/server/auth/current-user";
import { toTenantChoices } from "@/server/users/tenant-choices";

export default async function SelectTenantPage() {
  const session = await currentSession();
  if (!session) redirect("/sign-in");
  const tenants = toTenantChoices(session.memberships);
  if (tenants.length === 1) redirect(`/t/${tenants[0]!.slug}`);
  const t = await getTranslations();
  return (
    <Card title={<span className="text-base">{t("auth.selectTenantTitle")}</span>}>
      {tenants.length === 0 ? (
        <p className="text-sm text-slate-600">{t("auth.noTenants")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tenants.map((tenant) => (
            <li key={tenant.slug}>
              <Link
                href={`/t/${tenant.slug}`}
                className="flex items-center justify-between px-1 py-3 hover:text-brand-700"
              >
                <span className="font-medium">{tenant.name}</span>
                <span className="text-xs text-slate-500">{t(`roles.${tenant.role}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
