import { z } from "zod";
import { IMPORT_TARGET_NAMES } from "@/domain/import/import-targets";
import { tenantRoute } from "@/server/actions/tenant-route";
import { withImportSlot } from "@/server/imports/import-slots";
import { assertCanImport } from "@/server/imports/load-import-job";
import { readUploadedFile } from "@/server/imports/read-upload";
import { uploadImport } from "@/server/imports/upload-import";

/** Multipart upload of the CSV, `?target=counterparties|products` (a route handler: server actions cap bodies at 1 MB). */
export const POST = tenantRoute(
  {
    name: "uploadImport",
    permission: "counterparty.read",
    query: z.object({ target: z.enum(IMPORT_TARGET_NAMES, "validation.choose") }),
  },
  async (ctx, { target }, { request }) => {
    // Who may import is known before a byte of the body is read; one upload of a tenant is read at a time.
    assertCanImport(ctx, target);
    const job = await withImportSlot(ctx.tenant.id, async () =>
      uploadImport(ctx, target, await readUploadedFile(request)),
    );
    return Response.json({ ok: true, data: job });
  },
);
