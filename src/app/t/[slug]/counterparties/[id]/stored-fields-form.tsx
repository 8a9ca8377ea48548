import type { ComponentProps } from "react";
import { parseStoredValues } from "@/domain/custom-fields/values-schema";
import { CustomFieldsForm } from "./custom-fields-form";

type FormProps = ComponentProps<typeof CustomFieldsForm>;

/** What the card's fields forms (the company's and each person's) have in common. */
export type FieldsFormSettings = Pick<FormProps, "slug" | "users" | "role" | "canEdit">;

/** The admin-designed fields of a company or a person, filled with what the record stores. */
export function StoredFieldsForm({
  of,
  owner,
  fields,
  ...settings
}: FieldsFormSettings & {
  of?: FormProps["of"];
  owner: { id: string; version: number; customFields: unknown };
  fields: FormProps["fields"];
}) {
  return (
    <CustomFieldsForm
      of={of}
      {...settings}
      id={owner.id}
      version={owner.version}
      fields={fields}
      values={parseStoredValues(fields, owner.customFields)}
    />
  );
}
