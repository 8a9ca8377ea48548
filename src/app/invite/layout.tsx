import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function InvitationLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["invite", "auth"]}>{children}</ClientMessages>;
}
