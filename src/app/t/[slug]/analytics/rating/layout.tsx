import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function RatingLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["rating", "kpi"]}>{children}</ClientMessages>;
}
