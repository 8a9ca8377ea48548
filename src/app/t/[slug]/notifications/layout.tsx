import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["notifications"]}>{children}</ClientMessages>;
}
