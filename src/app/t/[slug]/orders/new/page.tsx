import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { todayIn } from "@/domain/dates/calendar-date";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { orderFormOptions } from "@/server/orders/order-form-options";
import { createOrderAction } from "../actions";
import { OrderForm } from "../order-form";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("new") };
}

export default async function NewOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ counterparty?: string }>;
}) {
  const { slug } = await params;
  const { counterparty } = await searchParams;
  const ctx = await requirePagePermission(slug, "order.write");
  const [t, options] = await Promise.all([
    getTranslations("orders"),
    orNotFound(orderFormOptions(ctx, counterparty?.slice(0, 64))),
  ]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <OrderForm
          slug={slug}
          action={createOrderAction.bind(null, slug)}
          hidden={{ idempotencyKey: randomUUID() }}
          managers={options.managers}
          sources={options.sources}
          submitLabels={{ save: t("saveDraft"), saveAndConfirm: t("saveAndConfirm") }}
          values={{
            date: todayIn(ctx.tenant.timeZone),
            counterparty: options.counterparty,
            contactPersonId: "",
            managerUserId: ctx.user.id,
            expectedShipmentDate: "",
            expectedPaymentDate: "",
            sourceId: "",
            comment: "",
            lines: [],
          }}
        />
      </Card>
    </>
  );
}
