// The English messages: loaded by the client only when someone chooses English (Spanish is the default,
// and every kilobyte counts on the phones of the tables); the server loads them at start.
import { agreements } from "./areas/en/agreements";
import { allies } from "./areas/en/allies";
import { allocation } from "./areas/en/allocation";
import { assemblies } from "./areas/en/assemblies";
import { associativity } from "./areas/en/associativity";
import { attendance } from "./areas/en/attendance";
import { catalog } from "./areas/en/catalog";
import { checkin } from "./areas/en/checkin";
import { commitments } from "./areas/en/commitments";
import { common } from "./areas/en/common";
import { errors } from "./areas/en/errors";
import { experiences } from "./areas/en/experiences";
import { offline } from "./areas/en/offline";
import { plenary } from "./areas/en/plenary";
import { projector } from "./areas/en/projector";
import { puzzle } from "./areas/en/puzzle";
import { registration } from "./areas/en/registration";
import { reports } from "./areas/en/reports";
import { runOfDay } from "./areas/en/run-of-day";
import { users } from "./areas/en/users";
import { votes } from "./areas/en/votes";

export const ENGLISH: Record<string, string> = Object.assign(
  {},
  agreements,
  allies,
  allocation,
  assemblies,
  associativity,
  attendance,
  catalog,
  checkin,
  commitments,
  common,
  errors,
  experiences,
  offline,
  plenary,
  projector,
  puzzle,
  registration,
  reports,
  runOfDay,
  users,
  votes,
);
