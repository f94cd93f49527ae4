import { policies } from "../../../shared/policies";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { useAssembly } from "../assemblies/assembly-context";

/** Every registration's badge at once: A4 sheets of eight to cut, or 62 mm labels for a label printer. */
export function BadgeBatch({ assemblyId }: { assemblyId: string }) {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  if (!policies.printBadges(actor, { agreementId: assembly.agreementId, assemblyId })) return null;
  const url = (format: "sheet" | "label") => `/api/assemblies/${assemblyId}/badges.pdf?format=${format}`;
  return (
    <section className="section desk-badges" aria-labelledby="desk-badges-title">
      <h2 id="desk-badges-title">{t("checkin.badges.title")}</h2>
      <p className="field__hint">{t("checkin.badges.hint")}</p>
      <div className="card__actions">
        <a className="button button--secondary" href={url("sheet")} download>
          {t("checkin.badges.sheet")}
        </a>
        <a className="button button--secondary" href={url("label")} download>
          {t("checkin.badges.label")}
        </a>
      </div>
    </section>
  );
}
