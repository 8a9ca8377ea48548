import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { DynamicsRow } from "@/server/classification/loyalty-dynamics";
import { DynamicsChart } from "./dynamics-chart";

/** Per month: customers at its start, won and lost, and the rates of attraction and loss, as a chart and a table. */
export async function LoyaltyDynamics({
  dynamics,
  asOf,
  when,
}: {
  dynamics: DynamicsRow[];
  asOf: Date | null;
  when: (d: Date) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("classification"), getFormatter()]);
  const rate = (part: number, atStart: number) =>
    atStart ? format.number(part / atStart, { style: "percent", maximumFractionDigits: 1 }) : "—";
  return (
    <Card
      title={t("dynamics")}
      actions={
        asOf && (
          <span className="text-xs text-slate-500" data-testid="dynamics-as-of">
            {t("dynamicsAsOf", { when: when(asOf) })}
          </span>
        )
      }
      className="mt-6"
    >
      <DynamicsChart
        data={dynamics}
        labels={{
          newCustomers: t("newCustomers"),
          upgrades: t("upgrades"),
          downgrades: t("downgrades"),
          lost: t("lost"),
        }}
      />
      <Table head={[t("month"), t("atStart"), t("newCustomers"), t("lost"), t("attraction"), t("loss")]}>
        {dynamics.map((d) => (
          <tr key={d.month}>
            <Td>{d.month}</Td>
            <Td className="tabular-nums">{d.atStart}</Td>
            <Td className="tabular-nums">{d.newCustomers}</Td>
            <Td className="tabular-nums">{d.lost}</Td>
            <Td className="tabular-nums">{rate(d.newCustomers, d.atStart)}</Td>
            <Td className="tabular-nums">{rate(d.lost, d.atStart)}</Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
