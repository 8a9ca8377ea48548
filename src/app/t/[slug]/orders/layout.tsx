import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function OrdersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["orders"]}>{children}</ClientMessages>;
}
