// Allocation of one assembly (500 people, 5 tables of 100) and of a national day (60 assemblies of 500).

import { allocate } from "../src/domain/allocation/allocate";
import { type Participant, participantFromPerson } from "../src/domain/allocation/participant";
import { NATIONAL_AXES } from "../src/domain/axes/national-axes";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA, NARINO_COSTA } from "../src/domain/demo/regions";
import { type Measure, percentile, round } from "./measure";

const TABLES = NATIONAL_AXES.map((axis) => ({ id: axis.code, axis: axis.code, capacity: 100 }));

function assembly(index: number): Participant[] {
  const region = index % 2 === 0 ? ARAUCA : NARINO_COSTA;
  const { people } = generateDemoPeople({
    region,
    count: 500,
    seed: 1000 + index,
    assemblyDate: "2023-11-18",
  });
  return people.map((person, n) => participantFromPerson(`${index}-${n}`, person, "2023-11-18"));
}

const run1 = (participants: Participant[], seed: number) => {
  const outcome = allocate({ participants, tables: TABLES, subtableSize: 20, seed });
  if (!outcome.ok) throw new Error(outcome.code);
};

export async function run(): Promise<Measure[]> {
  const assemblies = Array.from({ length: 60 }, (_, index) => assembly(index));
  const one = assemblies[0]!;
  run1(one, 0);
  const singles: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    run1(one, i);
    singles.push(performance.now() - started);
  }
  const started = performance.now();
  for (const [index, participants] of assemblies.entries()) run1(participants, index);
  const national = performance.now() - started;
  return [
    { name: "allocation.500_ms", value: round(percentile(singles, 50)), unit: "ms" },
    { name: "allocation.30000_ms", value: round(national), unit: "ms" },
  ];
}
