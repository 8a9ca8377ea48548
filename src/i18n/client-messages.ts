import type { AbstractIntlMessages } from "next-intl";

/** What the shell's client components (user menu, language switch) translate: sent with every page. */
export const SHELL_NAMESPACES = ["nav", "locale"] as const;

/**
 * The part of the catalogue that client components of a route translate. The browser gets only these
 * namespaces: the whole catalogue is about 60 KB of JSON that every page would otherwise carry in its HTML and RSC
 * payload (docs/performance.md). Server components translate from the full catalogue on the server.
 */
export function pickClientMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of [...SHELL_NAMESPACES, ...namespaces]) {
    if (messages[namespace] !== undefined) picked[namespace] = messages[namespace];
  }
  return picked;
}
