import type { ComponentProps } from 'react';

export type TSelectOption = { value: string | number; label: string };

type TProps = Omit<ComponentProps<'select'>, 'children'> & {
  options: readonly TSelectOption[];
  /** A first choice outside the list, such as "All" in a filter or a disabled "Choose…" prompt. */
  leadingOption?: { value: string; label: string; isDisabled?: boolean };
};

/**
 * A <select> over a list of value/label pairs. The caller keeps its own <label> (some wrap the
 * field, some point at it with htmlFor) and passes every other select attribute through.
 */
export function SelectField({ options, leadingOption, ...selectProps }: TProps) {
  return (
    <select {...selectProps}>
      {leadingOption ? (
        <option value={leadingOption.value} disabled={leadingOption.isDisabled}>
          {leadingOption.label}
        </option>
      ) : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Options for a list of enum values, labelled from the feature's labels.ts. */
export function labelledOptions<V extends string>(values: readonly V[], labels: Record<V, string>): TSelectOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
