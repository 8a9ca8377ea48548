import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ProductsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["products"]}>{children}</ClientMessages>;
}
