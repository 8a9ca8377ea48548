import { z } from "zod";
import { IMPORT_TARGET_NAMES } from "@/domain/import/import-targets";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { MAX_IMPORT_BYTES } from "@/server/imports/read-csv";
import { uploadImport } from "@/server/imports/upload-import";
import { ValidationError } from "@/server/errors";

/** Multipart upload of the CSV, `?target=counterparties|products` (a route handler: server actions cap bodies at 1 MB). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const tooLarge = Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024;
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    {
      name: "uploadImport",
      permission: "counterparty.read",
      input: z.object({ target: z.enum(IMPORT_TARGET_NAMES, "validation.choose") }),
    },
    Object.fromEntries(new URL(request.url).searchParams),
    async (ctx, { target }) => {
      if (tooLarge) throw new ValidationError({ file: "validation.importTooLarge" });
      const file = (await request.formData()).get("file");
      if (!(file instanceof File)) throw new ValidationError({ file: "validation.importEmpty" });
      return uploadImport(ctx, target, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
  );
  return Response.json(result, { status: result.ok ? 200 : httpStatusOf(result.code) });
}
