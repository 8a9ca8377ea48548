"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { saveFieldDefinition, saveFieldDefinitionInput } from "@/server/custom-fields/save-field-definition";
import { setFieldArchived, setFieldArchivedInput } from "@/server/custom-fields/set-field-archived";
import { moveField, moveFieldInput } from "@/server/custom-fields/move-field";

export async function saveFieldAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveFieldDefinition", permission: "fields.manage", input: saveFieldDefinitionInput },
    form,
    saveFieldDefinition,
  );
}

export async function setFieldArchivedAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "setFieldArchived", permission: "fields.manage", input: setFieldArchivedInput },
    form,
    setFieldArchived,
  );
}

export async function moveFieldAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "moveField", permission: "fields.manage", input: moveFieldInput },
    form,
    moveField,
  );
}
