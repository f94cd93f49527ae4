import { z } from "zod";

// zod's own messages (wrong type, too long…) in Spanish on both sides; our schemas add specific ones.
z.config(z.locales.es());
