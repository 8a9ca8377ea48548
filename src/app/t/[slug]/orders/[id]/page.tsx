import { randomUUID } from "node:crypto";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { todayIn } from "@/domain/dates/calendar-date";
import { moneyFormatter, quantityFormatter } from "@/i18n/format-money";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { OrderBadges } from "@/components/orders/order-badges";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getOrder } from "@/server/orders/get-order";
import { listFailureReasons } from "@/server/failure-reasons/list-failure-reasons";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { PaymentForm, ShipmentForm } from "./document-forms";
import { CancelOrderForm, CloseOrderForm, ConfirmOrderForm } from "./status-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("analysis") };
}

/** The order analysis (SPEC §5.4): ordered vs shipped vs remaining per line, total vs paid, and the documents. */
export default async function OrderPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "order.read");
  const { order, canWrite } = await orNotFound(getOrder(ctx, id));
  const [t, ti, format, locale, reasons, options] = await Promise.all([
    getTranslations("orders"),
    getTranslations("interactions"),
    getFormatter(),
    getLocale(),
    listFailureReasons(ctx.tenant.id),
    listFormOptions(ctx),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const qty = quantityFormatter(locale);
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "—");
  const today = todayIn(ctx.tenant.timeZone);
  const open = order.status === "DRAFT" || order.status === "CONFIRMED";
  const remainingToPay = order.totalAmount.minus(order.paidAmount);
  const remainingLines = order.lines
    .map((l) => ({
      id: l.id,
      product: l.product.name,
      unit: l.product.unit,
      remaining: l.quantity.minus(l.shippedQuantity),
    }))
    .filter((l) => l.remaining.gt(0))
    .map((l) => ({ ...l, remaining: l.remaining.toString() }));
  const base = `/t/${slug}/orders`;
  const facts: [string, React.ReactNode][] = [
    [
      t("counterparty"),
      <Link
        key="c"
        href={`/t/${slug}/counterparties/${order.counterparty.id}`}
        className="text-brand-700 hover:underline"
      >
        {order.counterparty.name}
      </Link>,
    ],
    [t("contactPerson"), order.contactPerson ? fullName(order.contactPerson) : "—"],
    [t("manager"), order.manager.user.name],
    [t("source"), order.source?.name ?? "—"],
    [t("expectedShipmentDate"), day(order.expectedShipmentDate)],
    [t("expectedPaymentDate"), day(order.expectedPaymentDate)],
    ...(order.failureReason ? [[t("failureReason"), order.failureReason.name] as [string, string]] : []),
    ...(order.comment
      ? [
          [
            t("comment"),
            <span key="m" className="whitespace-pre-line">
              {order.comment}
            </span>,
          ] as [string, React.ReactNode],
        ]
      : []),
  ];

  return (
    <>
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
            {can(ctx.role, "interaction.write") && (
              <Link href={`/t/${slug}/interactions/new?order=${order.id}`} className={buttonClass("secondary")}>
                {ti("plan")}
              </Link>
            )}
            {can(ctx.role, "email.send") && (
              <Link href={`/t/${slug}/emails/new?order=${order.id}`} className={buttonClass("secondary")}>
                {ti("writeEmail")}
              </Link>
            )}
            {canWrite && open && (
              <Link href={`${base}/${order.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            )}
            {canWrite && order.status === "DRAFT" && (
              <ConfirmOrderForm slug={slug} id={order.id} version={order.version} />
            )}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("details")}>
          <dl className="space-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="grid grid-cols-2 gap-2">
                <dt className="text-slate-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("totals")} className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="order-totals">
            {[
              [t("total"), money(order.totalAmount)],
              [t("shipped"), money(order.shippedAmount)],
              [t("paid"), money(order.paidAmount)],
              [t("remainingToPay"), money(remainingToPay)],
            ].map(([label, value]) => (
              <div key={label} className="rounded-md bg-slate-50 p-3">
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>

      <h2 className="mb-2 mt-8 text-lg font-semibold">{t("lines")}</h2>
      <Table
        head={[t("product"), t("price"), t("discount"), t("ordered"), t("shippedQty"), t("remaining"), t("amount")]}
      >
        {order.lines.map((l) => (
          <tr key={l.id} data-testid="analysis-line">
            <Td>
              {l.product.name} <span className="text-xs text-slate-500">{l.product.sku}</span>
            </Td>
            <Td className="text-right tabular-nums">{money(l.price)}</Td>
            <Td className="text-right tabular-nums">
              {l.discountPercent.isZero() ? "—" : `${qty(l.discountPercent)} %`}
            </Td>
            <Td className="text-right tabular-nums">
              {qty(l.quantity)} {l.product.unit}
            </Td>
            <Td className="text-right tabular-nums">{qty(l.shippedQuantity)}</Td>
            <Td className="text-right font-medium tabular-nums">{qty(l.quantity.minus(l.shippedQuantity))}</Td>
            <Td className="text-right tabular-nums">{money(l.amount)}</Td>
          </tr>
        ))}
      </Table>

      {canWrite && order.status === "CONFIRMED" && (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          {remainingLines.length > 0 && (
            <Card title={t("newShipment")}>
              <ShipmentForm
                slug={slug}
                orderId={order.id}
                lines={remainingLines}
                today={today}
                idempotencyKey={randomUUID()}
                shippers={ctx.role === "MANAGER" ? null : options.managers}
              />
            </Card>
          )}
          {remainingToPay.gt(0) && (
            <Card title={t("newPayment")}>
              <PaymentForm
                slug={slug}
                orderId={order.id}
                remaining={remainingToPay.toFixed(2)}
                today={today}
                idempotencyKey={randomUUID()}
              />
            </Card>
          )}
        </div>
      )}

      <h2 className="mb-2 mt-8 text-lg font-semibold">{t("documents")}</h2>
      <Table
        head={[t("document"), t("date"), t("by"), t("amount")]}
        empty={order.shipments.length + order.payments.length === 0 ? t("noDocuments") : undefined}
      >
        {[
          ...order.shipments.map((s) => ({
            key: s.id,
            date: s.date,
            label: t("shipmentNo", { number: s.number }),
            by: s.shipper.user.name,
            amount: s.amount,
          })),
          ...order.payments.map((p) => ({
            key: p.id,
            date: p.date,
            label: t("paymentNo", { number: p.number }),
            by: t(`methods.${p.method}`),
            amount: p.amount,
          })),
        ]
          .sort((a, b) => a.date.getTime() - b.date.getTime())
          .map((d) => (
            <tr key={d.key} data-testid="order-document">
              <Td>{d.label}</Td>
              <Td>{day(d.date)}</Td>
              <Td>{d.by}</Td>
              <Td className="text-right tabular-nums">{money(d.amount)}</Td>
            </tr>
          ))}
      </Table>

      {canWrite && open && (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          {order.shipmentState === "NOT_SHIPPED" && order.paidAmount.isZero() && (
            <Card title={t("cancelOrder")}>
              <CancelOrderForm slug={slug} id={order.id} version={order.version} reasons={reasons} />
            </Card>
          )}
          {order.status === "CONFIRMED" && can(ctx.role, "order.close") && (
            <Card title={t("closeByHand")}>
              <CloseOrderForm slug={slug} id={order.id} version={order.version} />
            </Card>
          )}
        </div>
      )}
    </>
  );
}
