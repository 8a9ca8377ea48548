"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const PALETTE = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed"];

/** Horizontal bars of the rating scores, best on top. */
export function ScoreBars({ data, label }: { data: { name: string; score: number }[]; label: string }) {
  return (
    <div className="w-full" style={{ height: Math.max(160, data.length * 28 + 40) }} data-testid="score-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" domain={[0, 100]} fontSize={12} />
          <YAxis type="category" dataKey="name" width={150} fontSize={12} />
          <Tooltip formatter={(v) => Number(v).toFixed(1)} />
          <Bar dataKey="score" name={label} fill="#2563eb" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Monthly revenue lines, one per manager. */
export function RevenueTrend({
  data,
  managers,
  locale,
}: {
  data: Record<string, string | number>[];
  managers: { key: string; name: string }[];
  locale: string;
}) {
  return (
    <div className="h-72 w-full" data-testid="revenue-trend">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis
            fontSize={12}
            tickFormatter={(v: number) => new Intl.NumberFormat(locale, { notation: "compact" }).format(v)}
          />
          <Tooltip formatter={(v) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Number(v))} />
          <Legend />
          {managers.map((m, i) => (
            <Line
              key={m.key}
              type="monotone"
              dataKey={m.key}
              name={m.name}
              stroke={PALETTE[i % PALETTE.length]}
              strokeWidth={2}
              dot={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Customers per stage from potential to regular, narrowing like a funnel, with the lost ones apart in red. */
export function StageFunnel({
  data,
  label,
}: {
  data: { stage: string; name: string; customers: number }[];
  label: string;
}) {
  const colour = (stage: string) =>
    stage === "LOST" ? "#dc2626" : stage === "REGULAR" ? "#16a34a" : stage === "ONE_TIME" ? "#2563eb" : "#94a3b8";
  return (
    <div className="h-56 w-full" data-testid="stage-funnel">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="name" width={110} fontSize={12} />
          <Tooltip />
          <Bar dataKey="customers" name={label}>
            {data.map((d) => (
              <Cell key={d.stage} fill={colour(d.stage)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Customers per ABC class. */
export function AbcBars({ data, label }: { data: { abcClass: string; customers: number }[]; label: string }) {
  return (
    <div className="h-56 w-full" data-testid="abc-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="abcClass" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Bar dataKey="customers" name={label}>
            {data.map((d, i) => (
              <Cell key={d.abcClass} fill={PALETTE[i % PALETTE.length]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
