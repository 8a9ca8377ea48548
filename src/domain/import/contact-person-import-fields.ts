import { contactInfoEntrySchema } from "@/domain/contact-info/contact-info-input";
import { contactPersonSchema, type ContactPersonInput } from "@/domain/contact-persons/contact-person-input";
import type { ImportRowError, ImportTarget, RowResult } from "./import-target";

const CONTACT_PERSON_IMPORT_FIELDS = [
  "companyTaxId",
  "companyName",
  "lastName",
  "firstName",
  "middleName",
  "position",
  "phone",
  "email",
  "birthday",
  "notes",
] as const;
export type ContactPersonImportField = (typeof CONTACT_PERSON_IMPORT_FIELDS)[number];

const SYNONYMS: Record<ContactPersonImportField, string[]> = {
  companyTaxId: ["инн", "иннкомпании", "инноргнизации", "inn", "taxid", "companytaxid"],
  companyName: ["компания", "организация", "контрагент", "клиент", "company", "organization", "companyname"],
  lastName: ["фамилия", "lastname", "surname"],
  firstName: ["имя", "firstname"],
  middleName: ["отчество", "middlename", "patronymic"],
  position: ["должность", "position", "title"],
  phone: ["телефон", "тел", "phone", "mobile"],
  email: ["email", "эл.почта", "электроннаяпочта", "почта", "mail"],
  birthday: ["деньрождения", "датарождения", "birthday", "birthdate"],
  notes: ["комментарий", "примечание", "notes", "comment"],
};

export interface ImportedContactPerson extends ContactPersonInput {
  company: { taxId: string | null; name: string | null };
  contacts: { type: "PHONE" | "EMAIL"; value: string }[];
}

/** "31.12.1980" (what Russian Excel writes) or "1980-12-31". */
function isoBirthday(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  const ru = value && /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return ru ? `${ru[3]}-${ru[2]!.padStart(2, "0")}-${ru[1]!.padStart(2, "0")}` : value;
}

/** A person row names his company by ИНН or by exact name; the commit finds it among the tenant's counterparties. */
function validateContactPersonRow(
  values: Partial<Record<ContactPersonImportField, string>>,
  row: number,
): RowResult<ImportedContactPerson> {
  const errors: ImportRowError[] = [];
  const company = { taxId: values.companyTaxId?.replace(/\s/g, "") || null, name: values.companyName?.trim() || null };
  if (!company.taxId && !company.name)
    errors.push({ row, field: "companyName", message: "validation.companyRequired" });
  const person = contactPersonSchema.safeParse({
    lastName: values.lastName ?? "",
    firstName: values.firstName?.trim() || "—",
    middleName: values.middleName,
    position: values.position,
    birthday: isoBirthday(values.birthday),
    notes: values.notes,
  });
  if (!person.success)
    for (const i of person.error.issues)
      errors.push({ row, field: String(i.path[0] ?? "lastName"), message: i.message });
  const contacts: ImportedContactPerson["contacts"] = [];
  for (const [type, field] of [
    ["PHONE", "phone"],
    ["EMAIL", "email"],
  ] as const) {
    const value = values[field]?.trim();
    if (!value) continue;
    const parsed = contactInfoEntrySchema.safeParse({ type, value });
    if (parsed.success) contacts.push({ type, value: parsed.data.value });
    else errors.push({ row, field, message: parsed.error.issues[0]?.message ?? "validation.invalid" });
  }
  if (errors.length || !person.success) return { errors };
  return { value: { ...person.data, company, contacts } };
}

export const CONTACT_PERSON_IMPORT: ImportTarget<ContactPersonImportField, ImportedContactPerson> = {
  fields: CONTACT_PERSON_IMPORT_FIELDS,
  synonyms: SYNONYMS,
  requiredFields: ["lastName"],
  validateRow: validateContactPersonRow,
  customFields: false,
  // A person already working at the company under the same name is skipped, or added again on purpose.
  duplicateModes: ["SKIP", "CREATE"],
};
