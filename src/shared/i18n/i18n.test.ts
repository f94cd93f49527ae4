import { beforeAll, describe, expect, it } from "vitest";
import { ENGLISH } from "./english";
import { loadMessages, pickLang, translate } from "./index";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  beforeAll(() => loadMessages("en"));

  it("reads a key in the chosen language once its messages are loaded, with placeholders filled", () => {
    expect(translate("es", "checkin.counts", { present: 3, registered: 10, walkIns: 1 })).toBe(
      "3 presentes de 10 inscritas · 1 sin inscripción previa",
    );
    expect(translate("en", "checkin.tab")).toBe(ENGLISH["checkin.tab"]);
    expect(translate("en", "checkin.tab")).not.toBe(translate("es", "checkin.tab"));
  });

  it("falls back to the key for a key nobody wrote", () => {
    expect(translate("en", "no.such.key")).toBe("no.such.key");
  });

  // That English has every Spanish key and no other is checked by the types (`English<typeof spanish>`).
  it("fills the same placeholders in English as in Spanish", () => {
    const mismatched = Object.entries(ENGLISH).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(translate("es", key)).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe("pickLang", () => {
  const cases: [string | undefined, string][] = [
    [undefined, "es"],
    ["", "es"],
    ["es-CO,es;q=0.9", "es"],
    ["en-US,en;q=0.9", "en"],
    ["EN", "en"],
    ["fr-FR,en;q=0.5", "es"],
  ];
  for (const [header, expected] of cases) {
    it(`reads ${JSON.stringify(header)} as ${expected}`, () => expect(pickLang(header)).toBe(expected));
  }
});
