import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function InteractionLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["interactions", "orders"]}>{children}</ClientMessages>;
}
