import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can, type Role } from "@/domain/auth/permissions";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { OrderBadges } from "@/components/orders/order-badges";
import { ConfirmOrderForm } from "./status-forms";
import { orderFormatters } from "./order-formatters";
import type { LoadedOrder } from "./loaded-order";

export async function OrderHeader({
  slug,
  order,
  currency,
  role,
  canEdit,
  canConfirm,
}: {
  slug: string;
  order: LoadedOrder;
  currency: string;
  role: Role;
  canEdit: boolean;
  canConfirm: boolean;
}) {
  const [t, ti, { day }] = await Promise.all([
    getTranslations("orders"),
    getTranslations("interactions"),
    orderFormatters(currency),
  ]);
  return (
    <PageHeader
      title={t("heading", { number: order.number, date: day(order.date) })}
      subtitle={<OrderBadges order={order} />}
      actions={
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/t/${slug}/counterparties/${order.counterparty.id}/settlements`}
            className={buttonClass("secondary")}
          >
            {t("settlements")}
          </Link>
          {can(role, "interaction.write") && (
            <Link href={`/t/${slug}/interactions/new?order=${order.id}`} className={buttonClass("secondary")}>
              {ti("plan")}
            </Link>
          )}
          {can(role, "email.send") && (
            <Link href={`/t/${slug}/emails/new?order=${order.id}`} className={buttonClass("secondary")}>
              {ti("writeEmail")}
            </Link>
          )}
          {canEdit && (
            <Link href={`/t/${slug}/orders/${order.id}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          )}
          {canConfirm && <ConfirmOrderForm slug={slug} id={order.id} version={order.version} />}
        </div>
      }
    />
  );
}
