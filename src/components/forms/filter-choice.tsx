export const FILTER_CONTROL = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** One filter of a GET form: "any" first, then the choices; the current value comes from the URL. */
export function FilterChoice({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <select name={name} defaultValue={value ?? ""} aria-label={label} className={FILTER_CONTROL}>
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
