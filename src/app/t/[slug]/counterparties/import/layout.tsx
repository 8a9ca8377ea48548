import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CounterpartyImportLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["imports"]}>{children}</ClientMessages>;
}
