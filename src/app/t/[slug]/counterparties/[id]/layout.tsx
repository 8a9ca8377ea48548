import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CounterpartyCardLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["counterparties", "fields", "classification"]}>{children}</ClientMessages>;
}
