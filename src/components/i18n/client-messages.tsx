import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages } from "@/i18n/client-messages";

/**
 * Gives the client components below it the message namespaces they translate (and the shell's). A route segment
 * whose client components call `useTranslations("x")` lists "x" here; tests/unit/client-messages.test.ts checks
 * that every page gets what its client components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  return (
    <NextIntlClientProvider messages={pickClientMessages(await getMessages(), namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
