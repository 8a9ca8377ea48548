import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CalendarLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["calendar", "interactions"]}>{children}</ClientMessages>;
}
