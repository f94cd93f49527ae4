import { type Lang, translate } from "../../shared/i18n";
import { renderPdf } from "../documents/pdf";

/** The assembly's date as people read it: "sábado, 18 de noviembre de 2023". */
export function longDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "es" ? "es-CO" : "en-GB", {
    dateStyle: "full",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

export interface PosterAssembly {
  name: string;
  date: string;
  venue: string;
  municipalityName: string;
  departmentName: string;
  legend: string;
}

/** A letter-size poster to print and stick at the venue or send around: a QR code to the public registration page. */
export async function registrationPoster(
  assembly: PosterAssembly,
  registrationUrl: string,
  lang: Lang,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const place = [assembly.venue, `${assembly.municipalityName}, ${assembly.departmentName}`]
    .filter(Boolean)
    .join(" — ");
  return renderPdf(
    [
      {
        text: t("registration.poster.title"),
        style: "h1",
        fontSize: 30,
        alignment: "center",
        margin: [0, 10, 0, 12],
      },
      { text: assembly.name, fontSize: 18, bold: true, alignment: "center", margin: [0, 0, 0, 8] },
      { text: longDate(assembly.date, lang), fontSize: 15, alignment: "center" },
      { text: place, fontSize: 13, alignment: "center", margin: [0, 4, 0, 24] },
      { qr: registrationUrl, fit: 280, alignment: "center", margin: [0, 0, 0, 20] },
      {
        text: t("registration.poster.scan"),
        fontSize: 15,
        bold: true,
        alignment: "center",
        margin: [0, 0, 0, 10],
      },
      { text: t("registration.poster.orVisit"), fontSize: 11, alignment: "center" },
      { text: registrationUrl, fontSize: 13, alignment: "center", margin: [0, 2, 0, 16] },
      { text: t("registration.poster.free"), fontSize: 11, style: "muted", alignment: "center" },
    ],
    {
      legend: assembly.legend,
      title: `${t("registration.poster.title")} — ${assembly.name}`,
      compress: options.compress,
    },
  );
}
