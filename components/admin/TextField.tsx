/**
 * A labelled text box with its validation message. The message is tied to the box with
 * `aria-describedby`, and the box is marked `aria-invalid` while the message shows.
 */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  /** The validation message in the UI language, or undefined when the value is valid. */
  error?: string;
  /** Shows a textarea of this many rows instead of a one-line box. */
  rows?: number;
  readOnly?: boolean;
  maxLength?: number;
  onInput?: (value: string) => void;
}

export function TextField({ id, label, value, error, rows, readOnly, maxLength, onInput }: TextFieldProps) {
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    readOnly,
    maxLength,
    'aria-invalid': error !== undefined,
    'aria-describedby': error === undefined ? undefined : errorId,
  };
  return (
    <div class="text-field">
      <label for={id}>{label}</label>
      {rows === undefined ? (
        <input type="text" {...common} onInput={(event) => onInput?.(event.currentTarget.value)} />
      ) : (
        <textarea rows={rows} {...common} onInput={(event) => onInput?.(event.currentTarget.value)} />
      )}
      {error !== undefined && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
