import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { Pagination, searchParamsHref } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { auditFilterSchema, listAuditEvents } from "@/server/audit/list-audit-events";
import { listMembers } from "@/server/members/list-members";
import { AuditFilterForm } from "./audit-filter-form";
import { AuditTable } from "./audit-table";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const ctx = await requirePagePermission(slug, "audit.read");
  const filter = auditFilterSchema.parse(query);
  const [t, list, { members }] = await Promise.all([getTranslations(), listAuditEvents(ctx, filter), listMembers(ctx)]);
  return (
    <>
      <PageHeader title={t("admin.audit.title")} subtitle={t("common.total", { count: list.total })} />
      <AuditFilterForm filter={filter} members={members} />
      <AuditTable events={list.events} timeZone={ctx.tenant.timeZone} />
      <Pagination page={filter.page} pages={list.pages} hrefFor={searchParamsHref(query)} />
    </>
  );
}
