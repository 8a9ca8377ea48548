"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** `total` is null while some line does not parse. */
export function OrderTotalRow({ total, onAddLine }: { total: string | null; onAddLine?: () => void }) {
  const t = useTranslations("orders");
  return (
    <tr>
      <td colSpan={5} className="py-2">
        {onAddLine && (
          <Button variant="secondary" size="sm" onClick={onAddLine}>
            {t("addLine")}
          </Button>
        )}
      </td>
      <td className="py-2 text-right font-semibold tabular-nums" data-testid="order-total">
        {total ?? "—"}
      </td>
      <td />
    </tr>
  );
}
