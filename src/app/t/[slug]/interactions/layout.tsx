import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function InteractionsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["interactions"]}>{children}</ClientMessages>;
}
