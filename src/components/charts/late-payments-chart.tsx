"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface LatePaymentPoint {
  month: string;
  due: number;
  late: number;
  averageDaysLate: number;
}

/** Per month: orders due, of them paid late, and the average days late (right axis). */
export function LatePaymentsChart({
  data,
  labels,
}: {
  data: LatePaymentPoint[];
  labels: { due: string; late: string; averageDaysLate: string };
}) {
  return (
    <div className="h-72 w-full" data-testid="late-payments-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis yAxisId="count" allowDecimals={false} fontSize={12} />
          <YAxis yAxisId="days" orientation="right" fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="count" dataKey="due" name={labels.due} fill="#94a3b8" />
          <Bar yAxisId="count" dataKey="late" name={labels.late} fill="#dc2626" />
          <Line
            yAxisId="days"
            dataKey="averageDaysLate"
            name={labels.averageDaysLate}
            stroke="#2563eb"
            strokeWidth={2}
            dot
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
