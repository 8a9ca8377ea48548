/** The counterparty list filtered by class or stage, where a count of the matrix or the stages leads. */
export function counterpartyListHref(slug: string, query: Record<string, string>) {
  return `/t/${slug}/counterparties?${new URLSearchParams(query).toString()}`;
}
