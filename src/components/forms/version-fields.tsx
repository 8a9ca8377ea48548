/** The record a status form acts on and the version it was read at (a stale version is refused as a conflict). */
export function VersionFields({ id, version }: { id: string; version: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
