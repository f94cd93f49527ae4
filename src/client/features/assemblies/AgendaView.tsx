import { useT } from "../../i18n/lang";
import { useAssembly } from "./assembly-context";

export function AgendaView() {
  const t = useT();
  const { assembly } = useAssembly();
  if (!assembly.agenda.length) return <p>{t("agenda.empty")}</p>;
  return (
    <ol className="agenda">
      {assembly.agenda.map((block) => (
        <li key={block.id} className="agenda__block">
          <p className="agenda__time">
            {block.start}–{block.end}
          </p>
          <div>
            <p className="agenda__title">{block.title}</p>
            {block.responsible ? <p className="agenda__meta">{block.responsible}</p> : null}
            {block.description ? <p className="agenda__description">{block.description}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
