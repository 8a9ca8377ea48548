"use client";

import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { moneyFormatter } from "@/i18n/format-money";

export interface ClientBasePoint {
  label: string;
  newCustomers: number;
  /** Negative: drawn below the axis. */
  lost: number;
  revenueNew: number;
  revenueRegular: number;
}

const NEW = "#2563eb";
const REGULAR = "#0d9488";
const LOST = "#dc2626";
/** The same for both charts, so that their buckets stand one above the other. */
const Y_AXIS_WIDTH = 64;

/**
 * Two charts on one time axis: revenue from regular and new customers as stacked areas (the total is the top edge,
 * so "growing on new clients while regular ones leave" is a widening blue band over a shrinking teal one), and
 * new customers above the axis against lost ones below it.
 */
export function ClientBaseChart({
  data,
  locale,
  currency,
  labels,
}: {
  data: ClientBasePoint[];
  locale: string;
  currency: string;
  labels: { newCustomers: string; lost: string; revenueNew: string; revenueRegular: string };
}) {
  const money = moneyFormatter(locale, currency);
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <div className="grid gap-2" data-testid="client-base-chart">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={data} syncId="client-base" margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            {/* Half a bucket of padding on each side puts the points over the bars below. */}
            <XAxis dataKey="label" fontSize={12} scale="band" />
            <YAxis fontSize={12} width={Y_AXIS_WIDTH} tickFormatter={(v: number) => compact.format(v)} />
            <Tooltip formatter={(value) => money(Number(value))} />
            <Legend />
            <Area
              type="monotone"
              dataKey="revenueRegular"
              name={labels.revenueRegular}
              stackId="revenue"
              stroke={REGULAR}
              fill={REGULAR}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
            <Area
              type="monotone"
              dataKey="revenueNew"
              name={labels.revenueNew}
              stackId="revenue"
              stroke={NEW}
              fill={NEW}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <div className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            syncId="client-base"
            stackOffset="sign"
            margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" fontSize={12} />
            <YAxis
              allowDecimals={false}
              fontSize={12}
              width={Y_AXIS_WIDTH}
              tickFormatter={(v: number) => String(Math.abs(v))}
            />
            <Tooltip formatter={(value) => Math.abs(Number(value))} />
            <Legend />
            <ReferenceLine y={0} stroke="#64748b" />
            <Bar
              dataKey="newCustomers"
              name={labels.newCustomers}
              stackId="customers"
              fill={NEW}
              isAnimationActive={false}
            />
            <Bar dataKey="lost" name={labels.lost} stackId="customers" fill={LOST} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
