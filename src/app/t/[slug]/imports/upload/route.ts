import { z } from "zod";
import { IMPORT_TARGET_NAMES } from "@/domain/import/import-targets";
import { tenantRoute } from "@/server/actions/tenant-route";
import { MAX_IMPORT_BYTES } from "@/server/imports/read-csv";
import { uploadImport } from "@/server/imports/upload-import";
import { ValidationError } from "@/server/errors";

/** Multipart upload of the CSV, `?target=counterparties|products` (a route handler: server actions cap bodies at 1 MB). */
export const POST = tenantRoute(
  {
    name: "uploadImport",
    permission: "counterparty.read",
    query: z.object({ target: z.enum(IMPORT_TARGET_NAMES, "validation.choose") }),
  },
  async (ctx, { target }, { request }) => {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024)
      throw new ValidationError({ file: "validation.importTooLarge" });
    const file = (await request.formData()).get("file");
    if (!(file instanceof File)) throw new ValidationError({ file: "validation.importEmpty" });
    const job = await uploadImport(ctx, target, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json({ ok: true, data: job });
  },
);
