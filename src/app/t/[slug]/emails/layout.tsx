import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function EmailsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["emails"]}>{children}</ClientMessages>;
}
