import type { ApiError } from "../../api/errors";

/** The message of a failed button action, announced when it appears. */
export function ActionError({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div role="alert" className="form-errors">
      <p className="form-errors__title">{error.message}</p>
      {Object.values(error.fields).length ? (
        <ul className="form-errors__list">
          {Object.entries(error.fields).map(([path, text]) => (
            <li key={path}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
