import { CONTACT_PERSON_IMPORT } from "./contact-person-import-fields";
import { COUNTERPARTY_IMPORT } from "./counterparty-import-fields";
import type { ImportTarget } from "./import-target";
import { PRODUCT_IMPORT } from "./product-import-fields";

export const IMPORT_TARGET_NAMES = ["counterparties", "contactPersons", "products"] as const;
export type ImportTargetName = (typeof IMPORT_TARGET_NAMES)[number];

export const IMPORT_TARGETS: Record<ImportTargetName, ImportTarget> = {
  counterparties: COUNTERPARTY_IMPORT as ImportTarget,
  contactPersons: CONTACT_PERSON_IMPORT as ImportTarget,
  products: PRODUCT_IMPORT as ImportTarget,
};

/** Who may import what (SPEC §1.3: import is an admin's job), and where the imported rows are listed. */
export const IMPORT_PERMISSION = {
  counterparties: "counterparty.import",
  contactPersons: "counterparty.import",
  products: "product.import",
} as const;

/** Where the imported rows are listed afterwards. */
export const IMPORT_LIST_PATH = {
  counterparties: "counterparties",
  contactPersons: "counterparties",
  products: "products",
} as const;

export function importTargetOf(name: string): ImportTargetName {
  return (IMPORT_TARGET_NAMES as readonly string[]).includes(name) ? (name as ImportTargetName) : "counterparties";
}
