import { defineMessages } from "../define";

export const assemblies = defineMessages(
  {
    "assemblies.title": "Asambleas",
  },
  {
    "assemblies.title": "Assemblies",
  },
);
