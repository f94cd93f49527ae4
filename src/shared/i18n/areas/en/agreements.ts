import type { English } from "../../define";
import type { agreements as spanish } from "../agreements";

export const agreements: English<typeof spanish> = {
  "agreements.title": "Agreements",
  "agreements.new": "New agreement",
  "agreements.empty": "There are no agreements yet.",
  "agreements.label": "Agreement {number} of {year} · {partner}",
  "agreements.period": "In force from {from} to {to}",
  "agreements.noPeriod": "No dates set",
  "agreements.field.number": "Agreement number",
  "agreements.field.number.hint": "Digits only, for example 002.",
  "agreements.field.year": "Year",
  "agreements.field.partnerName": "Partner",
  "agreements.field.partnerName.hint": "The institution that signs it, for example UNAD.",
  "agreements.field.supervisorName": "Supervisor",
  "agreements.field.startsOn": "Start date",
  "agreements.field.endsOn": "End date",
  "agreements.field.legend": "Agreement legend",
  "agreements.field.legend.hint":
    "It goes on every badge, screen and document. Left empty, the standard legend with number, year and partner is used.",
  "agreements.legend.preview": "How the legend will look",
  "agreements.field.consentText": "Data authorisation text",
  "agreements.consent.hint":
    "Current version: {version}. A changed text is saved as version {next}; consents already given keep theirs.",
  "agreements.consent.hintNew": "Left empty, the standard personal data processing text is used (version 1).",
  "agreements.consent.version": "Authorisation text (version {version})",
  "agreements.create": "Create agreement",
  "agreements.save": "Save agreement",
  "agreements.saved": "Agreement saved. Current authorisation text: version {version}.",
};
