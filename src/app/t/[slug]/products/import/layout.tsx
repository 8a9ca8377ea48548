import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ProductImportLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["imports"]}>{children}</ClientMessages>;
}
