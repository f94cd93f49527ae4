import { defineMessages } from "../define";

export const agreements = defineMessages(
  {
    "agreements.title": "Convenios",
  },
  {
    "agreements.title": "Agreements",
  },
);
