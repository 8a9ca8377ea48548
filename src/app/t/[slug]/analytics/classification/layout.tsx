import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ClassificationLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["classification"]}>{children}</ClientMessages>;
}
