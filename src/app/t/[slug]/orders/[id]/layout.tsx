import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function OrderLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["orders", "interactions"]}>{children}</ClientMessages>;
}
