import { type z } from "zod";
import { counterpartyRequisitesSchema } from "@/domain/counterparties/counterparty-input";
import { contactInfoEntrySchema } from "@/domain/contact-info/contact-info-input";
import {
  squash,
  suggestMapping as suggestFor,
  type ImportRowError,
  type ImportTarget,
  type RowResult,
} from "./import-target";

const IMPORT_FIELDS = [
  "name",
  "kind",
  "legalName",
  "taxId",
  "kpp",
  "phone",
  "email",
  "address",
  "website",
  "notes",
  "personLastName",
  "personFirstName",
  "personPosition",
  "personPhone",
  "personEmail",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header words that suggest a field, in Russian and English, compared without case, spaces or punctuation. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ["наименование", "название", "контрагент", "клиент", "name", "company", "companyname"],
  kind: ["вид", "тип", "видконтрагента", "kind", "type"],
  legalName: ["полноенаименование", "юридическоенаименование", "legalname", "fullname"],
  taxId: ["инн", "inn", "taxid", "tin", "vat"],
  kpp: ["кпп", "kpp"],
  phone: ["телефон", "тел", "phone", "telephone"],
  email: ["email", "эл.почта", "электроннаяпочта", "почта", "mail"],
  address: ["адрес", "address", "юридическийадрес", "фактическийадрес"],
  website: ["сайт", "website", "web", "url"],
  notes: ["комментарий", "примечание", "notes", "comment"],
  personLastName: ["фамилия", "контактноелицо", "lastname", "contact"],
  personFirstName: ["имя", "firstname"],
  personPosition: ["должность", "position", "title"],
  personPhone: ["телефонконтакта", "контактныйтелефон", "contactphone"],
  personEmail: ["emailконтакта", "контактныйemail", "contactemail"],
};

export function suggestMapping(headers: string[]) {
  return suggestFor(COUNTERPARTY_IMPORT, headers);
}

/** "ЮЛ", "Физическое лицо", "individual", …; without a kind, a 12-digit ИНН means an individual. */
export function parseKind(raw: string | undefined, taxId: string | undefined): "LEGAL_ENTITY" | "INDIVIDUAL" {
  const k = squash(raw ?? "");
  if (["фл", "физлицо", "физическоелицо", "individual", "person", "ип", "индивидуальныйпредприниматель"].includes(k))
    return "INDIVIDUAL";
  if (k) return "LEGAL_ENTITY";
  return taxId?.replace(/\D/g, "").length === 12 ? "INDIVIDUAL" : "LEGAL_ENTITY";
}

export type ImportedCounterparty = z.infer<typeof counterpartyRequisitesSchema> & {
  contacts: { type: "PHONE" | "EMAIL" | "ADDRESS" | "WEBSITE"; value: string }[];
  person: {
    lastName: string;
    firstName: string;
    position: string | null;
    contacts: { type: "PHONE" | "EMAIL"; value: string }[];
  } | null;
};

/** Validates one mapped row; `row` is the 1-based line number in the file (the header is line 1). */
export function validateImportRow(
  values: Partial<Record<ImportField, string>>,
  row: number,
): RowResult<ImportedCounterparty> {
  const errors: ImportRowError[] = [];
  const taxId = values.taxId?.replace(/\s/g, "") || undefined;
  const requisites = counterpartyRequisitesSchema.safeParse({
    kind: parseKind(values.kind, taxId),
    name: values.name ?? "",
    legalName: values.legalName,
    taxId,
    kpp: values.kpp?.replace(/\s/g, ""),
    isCustomer: true,
    notes: values.notes,
  });
  if (!requisites.success)
    for (const i of requisites.error.issues)
      errors.push({ row, field: String(i.path[0] ?? "name"), message: i.message });

  const contact = (type: "PHONE" | "EMAIL" | "ADDRESS" | "WEBSITE", field: ImportField) => {
    const value = values[field]?.trim();
    if (!value) return [];
    const parsed = contactInfoEntrySchema.safeParse({ type, value });
    if (parsed.success) return [{ type, value: parsed.data.value }];
    errors.push({ row, field, message: parsed.error.issues[0]?.message ?? "validation.invalid" });
    return [];
  };
  const contacts = [
    ...contact("PHONE", "phone"),
    ...contact("EMAIL", "email"),
    ...contact("ADDRESS", "address"),
    ...contact("WEBSITE", "website"),
  ];
  const personContacts = [...contact("PHONE", "personPhone"), ...contact("EMAIL", "personEmail")] as {
    type: "PHONE" | "EMAIL";
    value: string;
  }[];
  const lastName = values.personLastName?.trim();
  const person = lastName
    ? {
        lastName: lastName.slice(0, 80),
        firstName: values.personFirstName?.trim().slice(0, 80) || "—",
        position: values.personPosition?.trim().slice(0, 120) || null,
        contacts: personContacts,
      }
    : null;

  if (errors.length || !requisites.success) return { errors };
  return { value: { ...requisites.data, contacts, person } };
}

export const COUNTERPARTY_IMPORT: ImportTarget<ImportField, ImportedCounterparty> = {
  fields: IMPORT_FIELDS,
  synonyms: SYNONYMS,
  requiredFields: ["name"],
  validateRow: validateImportRow,
  customFields: true,
  duplicateModes: ["SKIP", "UPDATE", "CREATE"],
};
