"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DynamicsRow } from "@/server/classification/loyalty-dynamics";

/** Per month: new customers, stage upgrades and downgrades, customers lost (SPEC §6.6 loyalty dynamics). */
export function DynamicsChart({
  data,
  labels,
}: {
  data: DynamicsRow[];
  labels: { newCustomers: string; upgrades: string; downgrades: string; lost: string };
}) {
  return (
    <div className="h-72 w-full" data-testid="dynamics-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar dataKey="newCustomers" name={labels.newCustomers} fill="#2563eb" />
          <Bar dataKey="upgrades" name={labels.upgrades} fill="#16a34a" />
          <Bar dataKey="downgrades" name={labels.downgrades} fill="#f59e0b" />
          <Bar dataKey="lost" name={labels.lost} fill="#dc2626" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
