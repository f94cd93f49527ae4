import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { selectRows } from "../db/client";
import { freshApp, type TestContext } from "../testing/app";
import type { LiveEvent } from "./fanout";
import { appendEvent } from "./outbox";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

describe("EventFanout", () => {
  it("delivers each event of an assembly once, also one whose id committed after a later id", async () => {
    const { app, database } = ctx;
    const assemblyId = randomUUID();
    const seen: LiveEvent[] = [];
    app.fanout.subscribe(assemblyId, (event) => seen.push(event));
    app.fanout.subscribe(randomUUID(), () => expect.fail("another assembly's subscriber"));

    // A transaction takes its id, and commits only after the next one did (concurrent writers on PostgreSQL).
    const [late] = await selectRows<{ id: string }>(
      database.db,
      "SELECT nextval('events_id_seq')::text AS id",
    );
    const { id: first } = await appendEvent(database.db, { assemblyId, type: "prueba.primera" });
    await app.fanout.flush();
    await selectRows(
      database.db,
      `INSERT INTO events (id, assembly_id, type) VALUES (${late!.id}, '${assemblyId}', 'prueba.tardia')`,
    );
    await app.fanout.flush();
    await app.fanout.flush();

    expect(seen.map((event) => [event.id, event.type])).toEqual([
      [first, "prueba.primera"],
      [Number(late!.id), "prueba.tardia"],
    ]);
  });
});
