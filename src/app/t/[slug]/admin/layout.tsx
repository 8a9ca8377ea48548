import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["admin", "fields", "roles", "auth", "common"]}>{children}</ClientMessages>;
}
