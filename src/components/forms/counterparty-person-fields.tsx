"use client";

import { useState } from "react";
import { SelectField } from "@/components/forms/fields";
import { CounterpartyPicker, type CounterpartyOption } from "@/components/forms/counterparty-picker";

/**
 * Two cells of a form grid: the counterparty, then one of its current contact persons, whose choices follow the
 * picked counterparty. A `locked` counterparty is shown and submitted as it is.
 */
export function CounterpartyPersonFields({
  slug,
  counterparty,
  contactPersonId,
  labels,
  locked = false,
}: {
  slug: string;
  counterparty: CounterpartyOption | null;
  contactPersonId: string;
  labels: { counterparty: string; contactPerson: string };
  locked?: boolean;
}) {
  const [persons, setPersons] = useState(counterparty?.persons ?? []);
  return (
    <>
      <div className="md:col-span-2">
        {locked && counterparty ? (
          <>
            <p className="mb-1 text-sm font-medium text-slate-700">{labels.counterparty}</p>
            <p className="py-2 text-sm">{counterparty.label}</p>
            <input type="hidden" name="counterpartyId" value={counterparty.id} />
          </>
        ) : (
          <CounterpartyPicker
            slug={slug}
            name="counterpartyId"
            label={labels.counterparty}
            initial={counterparty}
            onChoose={(o) => setPersons(o?.persons ?? [])}
          />
        )}
      </div>
      <SelectField
        name="contactPersonId"
        label={labels.contactPerson}
        defaultValue={contactPersonId}
        options={[{ value: "", label: "—" }, ...persons.map((p) => ({ value: p.id, label: p.name }))]}
      />
    </>
  );
}
