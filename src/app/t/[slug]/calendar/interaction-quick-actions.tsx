"use client";

import { useEffect, useRef, useState } from "react";
import { CompleteInteractionForm, RescheduleInteractionForm } from "../interactions/status-forms";

/**
 * "Mark done or reschedule" under a planned interaction. The two forms are rendered only once the user opens
 * them: an agenda lists a couple of hundred events, and their forms were most of its HTML (docs/performance.md).
 */
export function InteractionQuickActions({
  slug,
  id,
  version,
  plannedAt,
  label,
}: {
  slug: string;
  id: string;
  version: number;
  plannedAt: string;
  label: string;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before hydration: the toggle event was missed.
  useEffect(() => setOpen((o) => o || !!details.current?.open), []);
  return (
    <details ref={details} className="w-full sm:w-auto" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700 hover:underline">{label}</summary>
      {open && (
        <div className="mt-2 grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-3 md:grid-cols-2">
          <CompleteInteractionForm slug={slug} id={id} version={version} />
          <RescheduleInteractionForm slug={slug} id={id} version={version} plannedAt={plannedAt} />
        </div>
      )}
    </details>
  );
}
