import { z } from "zod";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { MAX_IMPORT_BYTES } from "@/server/imports/read-csv";
import { uploadCounterpartyImport } from "@/server/imports/upload-counterparty-import";
import { ValidationError } from "@/server/errors";

/** Multipart upload of the CSV (a route handler: server actions cap request bodies at 1 MB). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const tooLarge = Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024;
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: "uploadCounterpartyImport", permission: "counterparty.import", input: z.object({}) },
    {},
    async (ctx) => {
      if (tooLarge) throw new ValidationError({ file: "validation.importTooLarge" });
      const file = (await request.formData()).get("file");
      if (!(file instanceof File)) throw new ValidationError({ file: "validation.importEmpty" });
      return uploadCounterpartyImport(ctx, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
  );
  return Response.json(result, { status: result.ok ? 200 : httpStatusOf(result.code) });
}
