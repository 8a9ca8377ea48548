import "server-only";
import { ValidationError } from "@/server/errors";
import { MAX_IMPORT_BYTES } from "./read-csv";

// The multipart envelope around the file: boundaries, headers, the target field.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The file of a multipart upload, read from the request body as it arrives and refused as soon as it grows past the
 * import's limit, whatever Content-Length says: the server never holds more than that of one request.
 */
export async function readUploadedFile(request: Request): Promise<{ name: string; bytes: Uint8Array }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") || !request.body)
    throw new ValidationError({ file: "validation.uploadMalformed" });
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.length;
    if (size > MAX_IMPORT_BYTES + ENVELOPE_BYTES) {
      await reader.cancel();
      throw new ValidationError({ file: "validation.importTooLarge" });
    }
    chunks.push(part.value);
  }
  const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  const file = form?.get("file");
  if (!form) throw new ValidationError({ file: "validation.uploadMalformed" });
  if (!(file instanceof File)) throw new ValidationError({ file: "validation.importEmpty" });
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
