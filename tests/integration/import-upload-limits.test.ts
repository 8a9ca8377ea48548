import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { uploadImport } from "@/server/imports/upload-import";
import { readUploadedFile } from "@/server/imports/read-upload";
import { withImportSlot } from "@/server/imports/import-slots";
import { createTenantWithUser } from "@tests/factories";

const MB = 1024 * 1024;
const adminCtx = async () => {
  const t = await createTenantWithUser(unsafeDb(), "ADMIN");
  return resolveTenantContext(t.claims, t.tenant.slug);
};
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; fieldErrors?: Record<string, string>; messageKey?: string }) => ({
      code: error.code,
      field: error.fieldErrors?.file,
      key: error.messageKey,
    }),
  );

describe("an uploaded file's size and shape (security finding 1)", () => {
  it("refuses 30 MB of short rows before parsing them, with the heap barely moved", async () => {
    const ctx = await adminCtx();
    const bytes = new Uint8Array(Buffer.from("a;b\n".repeat((30 * MB) / 4)));
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const started = Date.now();
    expect(await refusal(uploadImport(ctx, "products", { name: "short.csv", bytes }))).toMatchObject({
      code: "VALIDATION",
      field: "validation.importTooManyRows",
    });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * MB);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await unsafeDb().importJob.count({ where: { tenantId: ctx.tenant.id } })).toBe(0);
  });

  it("reads a 30 MB file of long rows in slices and keeps it for mapping", async () => {
    const ctx = await adminCtx();
    const row = `X-1;${"Бумага офисная ".repeat(12)}\n`;
    const rows = Math.floor((30 * MB - 100) / Buffer.byteLength(row));
    const bytes = new Uint8Array(Buffer.from(`Артикул;Наименование\n${row.repeat(rows)}`));
    const { id } = await uploadImport(ctx, "products", { name: "long.csv", bytes });
    const job = await unsafeDb().importJob.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenant.id, id } },
    });
    expect(job.rowCount).toBe(rows);
  });

  it("stops reading a body at the limit, whatever its Content-Length says", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(MB));
      },
    });
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "100" },
      duplex: "half",
    } as RequestInit);
    expect(await refusal(readUploadedFile(request))).toMatchObject({ field: "validation.importTooLarge" });
    expect(pulled).toBeLessThan(40);
  });

  it("answers a clear message to a body that is not a multipart upload", async () => {
    const post = (body: string, type: string) =>
      readUploadedFile(
        new Request("http://localhost/upload", { method: "POST", body, headers: { "content-type": type } }),
      );
    expect(await refusal(post('{"file":"x"}', "application/json"))).toMatchObject({
      field: "validation.uploadMalformed",
    });
    expect(await refusal(post("--x\r\nbroken", "multipart/form-data; boundary=x"))).toMatchObject({
      field: "validation.uploadMalformed",
    });
  });

  it("takes one file of a tenant at a time; another tenant's goes on", async () => {
    const [a, b] = [await adminCtx(), await adminCtx()];
    let release!: () => void;
    const held = withImportSlot(a.tenant.id, () => new Promise<void>((resolve) => (release = resolve)));
    expect(await refusal(withImportSlot(a.tenant.id, async () => "second"))).toMatchObject({
      code: "RATE_LIMITED",
      key: "errors.importBusy",
    });
    expect(await withImportSlot(b.tenant.id, async () => "other tenant")).toBe("other tenant");
    release();
    await held;
    expect(await withImportSlot(a.tenant.id, async () => "after")).toBe("after");
  });
});
