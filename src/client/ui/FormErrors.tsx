import { useEffect, useRef } from "react";
import type { Form } from "./useForm";

/**
 * The summary of a failed submit: the server's message and one link per field error, which moves focus to
 * that field. It takes focus when it appears so keyboard and screen-reader users land on it.
 */
export function FormErrors<V>({ form }: { form: Form<V> }) {
  const ref = useRef<HTMLDivElement>(null);
  const { error } = form;
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const items = Object.entries(error.fields);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="form-errors">
      <p className="form-errors__title">{error.message}</p>
      {items.length ? (
        <ul className="form-errors__list">
          {items.map(([path, text]) => {
            const label = form.summaryLabel(path);
            const id = form.idFor(path);
            return (
              <li key={path}>
                {label ? (
                  <a
                    href={`#${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const target = document.getElementById(id);
                      target?.scrollIntoView({ block: "center" });
                      target?.focus();
                    }}
                  >
                    {label}: {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
