import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { StoredFieldsForm, type FieldsFormSettings } from "./stored-fields-form";

/** The company's admin-designed fields this role may see. */
export async function CustomFieldsCard({
  card,
  fields,
  fieldsForm,
}: {
  card: CounterpartyCard;
  fields: (FieldDefinition & { id: string })[];
  fieldsForm: FieldsFormSettings;
}) {
  const t = await getTranslations("fields");
  return (
    <Card title={t("cardTitle")}>
      <StoredFieldsForm owner={card.counterparty} fields={fields} {...fieldsForm} />
    </Card>
  );
}
