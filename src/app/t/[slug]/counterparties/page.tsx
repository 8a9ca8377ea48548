import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { listCounterparties } from "@/server/counterparties/list-counterparties";
import { NewCounterpartyForm } from "./new-counterparty-form";

export async function generateMetadata() {
  return { title: (await getTranslations("counterparties"))("title") };
}

export default async function CounterpartiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), listCounterparties(ctx, page)]);
  return (
    <>
      <PageHeader title={t("counterparties.title")} subtitle={t("common.total", { count: list.total })} />
      {can(ctx.role, "counterparty.create") && (
        <Card title={t("counterparties.new")} className="mb-6">
          <NewCounterpartyForm slug={slug} />
        </Card>
      )}
      <Table
        head={[t("counterparties.name"), t("counterparties.kind"), t("counterparties.responsible"), t("counterparties.createdAt")]}
        empty={list.rows.length === 0 ? t("counterparties.empty") : undefined}
      >
        {list.rows.map((row) => (
          <tr key={row.id}>
            <Td className="font-medium">{row.name}</Td>
            <Td>{t(`counterparties.kinds.${row.kind}`)}</Td>
            <Td>{row.responsible?.user.name ?? "—"}</Td>
            <Td>{format.dateTime(row.createdAt, { dateStyle: "medium", timeZone: ctx.tenant.timeZone })}</Td>
          </tr>
        ))}
      </Table>
      <Pagination page={page} pages={list.pages} searchParams={query} />
    </>
  );
}
