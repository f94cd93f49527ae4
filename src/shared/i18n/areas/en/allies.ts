import type { English } from "../../define";
import type { allies as spanish } from "../allies";

export const allies: English<typeof spanish> = {
  "allies.title": "Allies",
  "allies.intro":
    "Institutions that present their offer and possible contribution to the territorial project (PIT) in Momento 2.",
  "allies.empty": "No allies recorded yet.",
  "allies.add": "Add ally",
  "allies.edit": "Edit {institution}",
  "allies.delete": "Remove {institution}",
  "allies.deleteConfirm": "Remove {institution} from the allies?",
  "allies.save": "Save ally",
  "allies.saved": "Ally saved.",
  "allies.deleted": "Ally removed.",
  "allies.export": "Download Excel",
  "allies.count": "{count} allies",
  "allies.field.institution": "Institution",
  "allies.field.kind": "Kind of ally",
  "allies.field.presenter": "Presenter",
  "allies.field.offer": "Offer (programmes, services, calls)",
  "allies.field.pitContribution": "Possible contribution to the PIT",
  "allies.field.contactName": "Contact",
  "allies.field.contactPhone": "Contact phone",
  "allies.field.contactEmail": "Contact email",
  "allies.kind.nacional": "National",
  "allies.kind.territorial": "Territorial",
  "allies.kind.privado": "Private",
  "allies.kind.cooperacion_internacional": "International cooperation",
  "allies.kind.academia": "Academia",
};
