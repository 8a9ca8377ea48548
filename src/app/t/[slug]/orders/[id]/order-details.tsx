import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { Card } from "@/components/ui/card";
import { orderFormatters } from "./order-formatters";
import type { LoadedOrder } from "./loaded-order";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export async function OrderDetails({ slug, order, currency }: { slug: string; order: LoadedOrder; currency: string }) {
  const [t, { day }] = await Promise.all([getTranslations("orders"), orderFormatters(currency)]);
  return (
    <Card title={t("details")}>
      <dl className="space-y-2 text-sm">
        <Fact label={t("counterparty")}>
          <Link href={`/t/${slug}/counterparties/${order.counterparty.id}`} className="text-brand-700 hover:underline">
            {order.counterparty.name}
          </Link>
        </Fact>
        <Fact label={t("contactPerson")}>{order.contactPerson ? fullName(order.contactPerson) : "—"}</Fact>
        <Fact label={t("manager")}>{order.manager.user.name}</Fact>
        <Fact label={t("source")}>{order.source?.name ?? "—"}</Fact>
        <Fact label={t("expectedShipmentDate")}>{day(order.expectedShipmentDate)}</Fact>
        <Fact label={t("expectedPaymentDate")}>{day(order.expectedPaymentDate)}</Fact>
        {order.failureReason && <Fact label={t("failureReason")}>{order.failureReason.name}</Fact>}
        {order.comment && (
          <Fact label={t("comment")}>
            <span className="whitespace-pre-line">{order.comment}</span>
          </Fact>
        )}
      </dl>
    </Card>
  );
}
