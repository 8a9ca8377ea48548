import { getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { LoadedImportJob } from "@/server/imports/load-import-job";

export async function ImportErrorsTable({
  errors,
  fieldName,
}: {
  errors: LoadedImportJob["errors"];
  fieldName: (field: string) => string;
}) {
  const [t, ti] = await Promise.all([getTranslations(), getTranslations("imports")]);
  return (
    <Table head={[ti("line"), ti("field"), ti("problem")]}>
      {errors.slice(0, 200).map((e, i) => (
        <tr key={i}>
          <Td>{e.row}</Td>
          <Td>{fieldName(e.field)}</Td>
          <Td>{t(e.message as "validation.invalid")}</Td>
        </tr>
      ))}
    </Table>
  );
}
