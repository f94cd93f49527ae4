import { describe, expect, it } from "vitest";
import type {
  NeedPieceDto,
  PlanItemDto,
  PuzzleChange,
  SolutionPieceDto,
} from "../../../shared/schemas/puzzle";
import type { QueuedChange } from "../../offline/queue";
import { type Pieces, project, withEvent, withPiece } from "./pieces";

const where = { subtableId: "s", tableId: "t" };
const meta = { ...where, updatedBy: "", updatedAt: "2023-11-18T19:00:00.000Z" };
const need = (id: string, version = 1, title = "Crédito"): NeedPieceDto => ({
  ...meta,
  type: "need",
  id,
  version,
  title,
  description: "",
  affectedGroups: [],
});
const solution = (id: string, needId: string, version = 1): SolutionPieceDto => ({
  ...meta,
  type: "solution",
  id,
  needId,
  version,
  description: "Fondo",
  cooperationForm: "asociatividad",
  organizations: [],
});
const item = (id: string, solutionId: string): PlanItemDto => ({
  ...meta,
  type: "planItem",
  id,
  solutionId,
  version: 1,
  action: "a",
  owner: "o",
  due: "2024-Q1",
  resources: "",
});
const base: Pieces = {
  needs: [need("n1")],
  solutions: [solution("s1", "n1")],
  planItems: [item("p1", "s1")],
};

const queued = (change: Partial<PuzzleChange>, status: QueuedChange["status"] = "pending"): QueuedChange => ({
  subtableId: "s",
  seq: 1,
  change: { changeId: "c", author: "Ana", baseVersion: 0, ...change } as PuzzleChange,
  status,
  attempted: false,
  conflict: null,
  error: null,
  queuedAt: 0,
});

describe("pieces from the server", () => {
  it.each<[string, Pieces, string]>([
    ["a newer version replaces ours", withPiece(base, need("n1", 2, "Crédito blando")), "Crédito blando"],
    [
      "a late, older version is ignored",
      withPiece(withPiece(base, need("n1", 3, "Nuevo")), need("n1", 2, "Viejo")),
      "Nuevo",
    ],
  ])("%s", (_why, pieces, title) => {
    expect(pieces.needs[0]!.title).toBe(title);
  });

  it("removes a deleted need with its solution and that solution's plan", () => {
    const pieces = withEvent(base, { ...where, pieceType: "need", pieceId: "n1", piece: null });
    expect(pieces).toEqual({ needs: [], solutions: [], planItems: [] });
  });

  it("keeps one solution per need: the server's replaces another shown for that need", () => {
    const pieces = withPiece(base, solution("s2", "n1"));
    expect(pieces.solutions.map((s) => s.id)).toEqual(["s2"]);
  });
});

describe("project: unsent changes on top of the server's pieces", () => {
  it("shows a need saved only on this phone, marked local, with the version it will have", () => {
    const shown = project(
      base,
      [
        queued({
          kind: "need.save",
          pieceId: "n2",
          data: { title: "Formación", description: "", affectedGroups: [] },
        }),
      ],
      where,
    );
    expect(shown.needs.map((n) => [n.id, n.title, n.local, n.version])).toEqual([
      ["n1", "Crédito", false, 1],
      ["n2", "Formación", true, 1],
    ]);
  });

  it("shows an edit in conflict as this phone's version until the person chooses", () => {
    const shown = project(
      base,
      [
        queued(
          {
            kind: "need.save",
            pieceId: "n1",
            baseVersion: 1,
            data: { title: "Mío", description: "", affectedGroups: [] },
          },
          "conflict",
        ),
      ],
      where,
    );
    expect(shown.needs[0]).toMatchObject({ title: "Mío", local: true });
  });

  it("leaves out what the server refused, and deletes cascade", () => {
    const refused = queued(
      { kind: "need.save", pieceId: "n3", data: { title: "Tercera", description: "", affectedGroups: [] } },
      "rejected",
    );
    const deleted = queued({ kind: "solution.delete", pieceId: "s1", baseVersion: 1 });
    const shown = project(base, [refused, deleted], where);
    expect(shown.needs.map((n) => n.id)).toEqual(["n1"]);
    expect(shown.solutions).toEqual([]);
    expect(shown.planItems).toEqual([]);
  });
});
