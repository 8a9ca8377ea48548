"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { runClassificationNow, runClassificationNowInput } from "@/server/classification/run-classification-now";
import {
  saveClassificationParameters,
  saveClassificationParametersInput,
} from "@/server/classification/save-classification-parameters";
import {
  setClassificationOverride,
  setClassificationOverrideInput,
} from "@/server/classification/set-classification-override";

export async function runClassificationAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "runClassification", permission: "classification.run", input: runClassificationNowInput },
    form,
    runClassificationNow,
  );
}

export async function saveClassificationParametersAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    {
      name: "saveClassificationParameters",
      permission: "classification.run",
      input: saveClassificationParametersInput,
    },
    form,
    saveClassificationParameters,
  );
}

export async function setClassificationOverrideAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "setClassificationOverride", permission: "classification.override", input: setClassificationOverrideInput },
    form,
    setClassificationOverride,
  );
}
