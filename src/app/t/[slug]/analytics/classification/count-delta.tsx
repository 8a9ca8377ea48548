/** How much a count grew or fell since the run before; nothing when it stayed or there is no run before. */
export function CountDelta({ now, before }: { now: number; before: number | undefined }) {
  if (before === undefined || now === before) return null;
  return (
    <span className={`ml-1 text-xs ${now > before ? "text-emerald-700" : "text-red-700"}`}>
      {now > before ? `▲${now - before}` : `▼${before - now}`}
    </span>
  );
}
