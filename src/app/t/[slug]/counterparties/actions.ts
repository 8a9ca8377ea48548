"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { createCounterparty, createCounterpartyInput } from "@/server/counterparties/create-counterparty";
import { updateCounterparty, updateCounterpartyInput } from "@/server/counterparties/update-counterparty";
import { addContactInfo, addContactInfoInput } from "@/server/contact-info/add-contact-info";
import { removeContactInfo, removeContactInfoInput } from "@/server/contact-info/remove-contact-info";
import { createContactPerson, createContactPersonInput } from "@/server/contact-persons/create-contact-person";
import { moveContactPerson, moveContactPersonInput } from "@/server/contact-persons/move-contact-person";
import {
  updateContactPersonFields,
  updateContactPersonFieldsInput,
} from "@/server/contact-persons/update-contact-person-fields";
import { mergeCounterparties, mergeCounterpartiesInput } from "@/server/counterparties/merge-counterparties";
import {
  setCounterpartyArchived,
  setCounterpartyArchivedInput,
} from "@/server/counterparties/set-counterparty-archived";
import { deleteCounterparty, deleteCounterpartyInput } from "@/server/counterparties/delete-counterparty";
import { updateCustomFields, updateCustomFieldsInput } from "@/server/counterparties/update-custom-fields";
import { setListColumns, setListColumnsInput } from "@/server/preferences/list-columns";
import { saveSupplierProfile, saveSupplierProfileInput } from "@/server/counterparties/save-supplier-profile";
import { saveSuppliedProduct, saveSuppliedProductInput } from "@/server/counterparties/save-supplied-product";
import { removeSuppliedProduct, removeSuppliedProductInput } from "@/server/counterparties/remove-supplied-product";

export async function createCounterpartyAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createCounterparty", permission: "counterparty.create", input: createCounterpartyInput },
    form,
    createCounterparty,
  );
}

export async function updateCounterpartyAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateCounterparty", permission: "counterparty.update", input: updateCounterpartyInput },
    form,
    updateCounterparty,
  );
}

export async function addContactInfoAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "addContactInfo", permission: "counterparty.update", input: addContactInfoInput },
    form,
    addContactInfo,
  );
}

export async function removeContactInfoAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "removeContactInfo", permission: "counterparty.update", input: removeContactInfoInput },
    form,
    removeContactInfo,
  );
}

export async function createContactPersonAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createContactPerson", permission: "counterparty.update", input: createContactPersonInput },
    form,
    createContactPerson,
  );
}

export async function moveContactPersonAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "moveContactPerson", permission: "counterparty.update", input: moveContactPersonInput },
    form,
    moveContactPerson,
  );
}

export async function mergeCounterpartiesAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "mergeCounterparties", permission: "counterparty.merge", input: mergeCounterpartiesInput },
    form,
    mergeCounterparties,
  );
}

export async function setCounterpartyArchivedAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "setCounterpartyArchived", permission: "counterparty.archive", input: setCounterpartyArchivedInput },
    form,
    setCounterpartyArchived,
  );
}

export async function updateCustomFieldsAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateCustomFields", permission: "counterparty.update", input: updateCustomFieldsInput },
    form,
    updateCustomFields,
  );
}

export async function setListColumnsAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "setListColumns", permission: "counterparty.read", input: setListColumnsInput },
    form,
    setListColumns,
  );
}

export async function saveSupplierProfileAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveSupplierProfile", permission: "counterparty.update", input: saveSupplierProfileInput },
    form,
    saveSupplierProfile,
  );
}

export async function saveSuppliedProductAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveSuppliedProduct", permission: "counterparty.update", input: saveSuppliedProductInput },
    form,
    saveSuppliedProduct,
  );
}

export async function removeSuppliedProductAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "removeSuppliedProduct", permission: "counterparty.update", input: removeSuppliedProductInput },
    form,
    removeSuppliedProduct,
  );
}

export async function deleteCounterpartyAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "deleteCounterparty", permission: "counterparty.archive", input: deleteCounterpartyInput },
    form,
    deleteCounterparty,
  );
}

export async function updateContactPersonFieldsAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateContactPersonFields", permission: "counterparty.update", input: updateContactPersonFieldsInput },
    form,
    updateContactPersonFields,
  );
}
