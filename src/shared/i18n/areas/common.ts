import { defineMessages } from "../define";

export const common = defineMessages(
  {
    "app.name": "Minga",
    "app.tagline": "Asambleas regionales de economía solidaria, popular y comunitaria",
  },
  {
    "app.name": "Minga",
    "app.tagline": "Regional assemblies of the solidarity, popular and community economy",
  },
);
