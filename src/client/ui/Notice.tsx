/** A polite live region for "saved" messages; it is always rendered so screen readers hear the change. */
export function Notice({ text }: { text: string | null }) {
  return (
    <p role="status" className={text ? "notice" : "notice notice--empty"}>
      {text}
    </p>
  );
}
