import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CounterpartiesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["counterparties"]}>{children}</ClientMessages>;
}
