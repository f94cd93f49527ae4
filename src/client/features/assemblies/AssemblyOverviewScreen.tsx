import { useT } from "../../i18n/lang";
import { AgendaEditor } from "./AgendaEditor";
import { AgendaView } from "./AgendaView";
import { AssemblyDetails } from "./AssemblyDetails";
import { AssemblyDetailsForm } from "./AssemblyDetailsForm";
import { useAssembly } from "./assembly-context";
import { TablesEditor } from "./TablesEditor";
import { TablesView } from "./TablesView";

/** The assembly's data, agenda and thematic tables: editors for those who may edit, plain text for the rest. */
export default function AssemblyOverviewScreen() {
  const t = useT();
  const { canEdit } = useAssembly();
  return (
    <>
      <section aria-labelledby="assembly-details" className="section">
        <h2 id="assembly-details">{t("assemblies.details")}</h2>
        {canEdit ? <AssemblyDetailsForm /> : <AssemblyDetails />}
      </section>
      <section aria-labelledby="assembly-agenda" className="section">
        <h2 id="assembly-agenda">{t("agenda.title")}</h2>
        {canEdit ? <AgendaEditor /> : <AgendaView />}
      </section>
      <section aria-labelledby="assembly-tables" className="section">
        <h2 id="assembly-tables">{t("tables.title")}</h2>
        {canEdit ? <TablesEditor /> : <TablesView />}
      </section>
    </>
  );
}
