/** One area of messages: Spanish is the source, English must translate every key. */
export function defineMessages<const E extends Record<string, string>>(
  es: E,
  en: { [K in keyof E]: string },
) {
  return { es, en };
}
