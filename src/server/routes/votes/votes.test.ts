import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { PublicVoteDto, VoteDto } from "../../../shared/schemas/vote";
import { checkIns, events, plenaryBallots } from "../../db/schema";
import { issueCredential } from "../../registration/credential";
import { checkIn, registeredAssembly } from "../../testing/allocation-fixtures";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";
import { handVote } from "../../testing/plenary-fixtures";
import { liveAccess } from "../live/access";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

/** An assembly of 20 registered people, the first 10 checked in. */
async function votingAssembly() {
  const base = await registeredAssembly(ctx, 20);
  await checkIn(ctx, base.assemblyId, base.ids.slice(0, 10));
  const documentOf = (index: number) =>
    base.people.find((p) => base.idOf(p) === base.ids[index])!.documentNumber;
  return { ...base, documentOf };
}

type Assembly = Awaited<ReturnType<typeof votingAssembly>>;

const open = async (a: Assembly, body: Record<string, unknown>) => {
  const response = await a.operator.post(`/api/assemblies/${a.assemblyId}/votes`, { tableId: null, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as VoteDto;
};

/** A participant's phone: identifies with the document (or the badge's QR), then votes with its token. */
async function phone(a: Assembly, identity: { document?: string; credential?: string }) {
  const identified = await ctx.app.inject({
    method: "POST",
    url: `/api/public/assemblies/${a.assemblyId}/voters`,
    payload: identity,
  });
  return {
    identified,
    vote: (voteId: string, choice: string) =>
      ctx.app.inject({
        method: "PUT",
        url: `/api/public/assemblies/${a.assemblyId}/ballot`,
        payload: { voter: identified.json().voter, voteId, choice },
      }),
    read: () =>
      ctx.app.inject({
        method: "GET",
        url: `/api/public/assemblies/${a.assemblyId}/vote?voter=${encodeURIComponent(identified.json().voter)}`,
      }),
  };
}

describe("hand counts", () => {
  it("records the moderator's counts against the quorum of people checked in when the vote opened", async () => {
    const a = await votingAssembly();
    const vote = await open(a, { method: "hand" });
    expect(vote).toMatchObject({
      status: "open",
      basis: 10,
      counts: null,
      result: null,
      quorum: { kind: "majority" },
      majority: "simple",
    });
    // People checking in after the vote opened do not change its quorum.
    await checkIn(ctx, a.assemblyId, a.ids.slice(10, 15));
    const missing = await a.operator.post(`/api/votes/${vote.id}/close`, {});
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      code: "vote.counts_required",
      fields: { "counts.for": "Escriba un número." },
    });
    const closed = await a.operator.post(`/api/votes/${vote.id}/close`, {
      counts: { for: 4, against: 1, abstain: 1 },
    });
    expect(closed.json()).toMatchObject({
      status: "closed",
      basis: 10,
      counts: { for: 4, against: 1, abstain: 1 },
      result: { participating: 6, quorumRequired: 6, quorumMet: true, outcome: "approved" },
    });
    expect(closed.json().closedAt).not.toBeNull();
    const again = await a.operator.post(`/api/votes/${vote.id}/close`, {
      counts: { for: 9, against: 0, abstain: 0 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("vote.closed");
  });

  it.each([
    [{ for: 3, against: 1, abstain: 1 }, "no_quorum", "5 of 10 is not a majority of the room"],
    [{ for: 3, against: 3, abstain: 0 }, "rejected", "a tie is not approved"],
    [{ for: 2, against: 1, abstain: 4 }, "approved", "abstentions make the quorum, not the result"],
  ])("%o → %s (%s)", async (counts, outcome) => {
    const a = await votingAssembly();
    expect((await handVote(a.operator, a.assemblyId, null, counts)).result?.outcome).toBe(outcome);
  });

  it("honours a configured quorum and majority rule", async () => {
    const a = await votingAssembly();
    const vote = await open(a, {
      method: "hand",
      quorum: { kind: "count", value: 3 },
      majority: "two_thirds",
    });
    const closed = await a.operator.post(`/api/votes/${vote.id}/close`, {
      counts: { for: 2, against: 1, abstain: 0 },
    });
    expect(closed.json().result).toEqual({
      participating: 3,
      quorumRequired: 3,
      quorumMet: true,
      outcome: "approved",
    });
  });

  it("keeps one vote open at a time", async () => {
    const a = await votingAssembly();
    await open(a, { method: "hand" });
    const second = await a.operator.post(`/api/assemblies/${a.assemblyId}/votes`, {
      tableId: a.tables[0]!.id,
      method: "digital",
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe("vote.already_open");
  });
});

describe("digital votes", () => {
  it("one ballot per checked-in person, changeable until close; the closed vote refuses", async () => {
    const a = await votingAssembly();
    const vote = await open(a, { method: "digital" });
    const ana = await phone(a, { document: a.documentOf(0) });
    expect(ana.identified.statusCode).toBe(200);
    expect(ana.identified.json().firstNames).toBeTruthy();
    const ben = await phone(a, { credential: await issueCredential(ctx.database.db, a.ids[1]!) });
    expect(ben.identified.statusCode).toBe(200);

    expect((await ana.vote(vote.id, "for")).statusCode).toBe(200);
    const changed = await ana.vote(vote.id, "against");
    expect(changed.json()).toMatchObject({ voteId: vote.id, choice: "against" });
    expect((await ben.vote(vote.id, "against")).statusCode).toBe(200);

    const ballots = await ctx.database.db
      .select()
      .from(plenaryBallots)
      .where(eq(plenaryBallots.voteId, vote.id));
    expect(ballots).toHaveLength(2);
    expect(ballots.find((b) => b.registrationId === a.ids[0])).toMatchObject({
      choice: "against",
      changes: 1,
    });
    const live = (await a.operator.get(`/api/votes/${vote.id}`)).json() as VoteDto;
    expect(live.counts).toEqual({ for: 0, against: 2, abstain: 0 });
    const mine = (await ana.read()).json() as PublicVoteDto;
    expect(mine).toMatchObject({
      vote: { id: vote.id, status: "open", counts: null },
      ballot: { choice: "against" },
    });

    const closed = await a.operator.post(`/api/votes/${vote.id}/close`, {});
    expect(closed.json()).toMatchObject({
      counts: { for: 0, against: 2, abstain: 0 },
      result: { outcome: "no_quorum", quorumRequired: 6 },
    });
    const late = await ana.vote(vote.id, "for");
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("vote.closed");
    expect((await ana.read()).json()).toMatchObject({
      vote: { status: "closed", outcome: "no_quorum", counts: { against: 2 } },
    });

    const ballotEvents = await ctx.database.db.select().from(events).where(eq(events.type, "vote.ballot"));
    expect(ballotEvents.map((e) => e.payload)).toEqual([
      { voteId: vote.id, counts: { for: 1, against: 0, abstain: 0 } },
      { voteId: vote.id, counts: { for: 0, against: 1, abstain: 0 } },
      { voteId: vote.id, counts: { for: 0, against: 2, abstain: 0 } },
    ]);
  });

  it("only people checked in vote", async () => {
    const a = await votingAssembly();
    const vote = await open(a, { method: "digital" });
    const absent = await phone(a, { document: a.documentOf(15) });
    expect(absent.identified.statusCode).toBe(409);
    expect(absent.identified.json().code).toBe("vote.not_checked_in");

    const left = await phone(a, { document: a.documentOf(2) });
    await ctx.database.db
      .update(checkIns)
      .set({ undoneAt: new Date() })
      .where(and(eq(checkIns.registrationId, a.ids[2]!), isNull(checkIns.undoneAt)));
    const refused = await left.vote(vote.id, "for");
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("vote.not_checked_in");
  });

  it("refuses unknown people, forged tokens and ballots in a show-of-hands vote", async () => {
    const a = await votingAssembly();
    const unknown = await phone(a, { document: "99999999" });
    expect(unknown.identified.statusCode).toBe(404);
    expect(unknown.identified.json()).toMatchObject({
      code: "vote.voter_unknown",
      fields: { document: expect.any(String) },
    });
    const empty = await ctx.app.inject({
      method: "POST",
      url: `/api/public/assemblies/${a.assemblyId}/voters`,
      payload: {},
    });
    expect(empty.statusCode).toBe(422);

    const vote = await open(a, { method: "hand" });
    const forged = await ctx.app.inject({
      method: "PUT",
      url: `/api/public/assemblies/${a.assemblyId}/ballot`,
      payload: { voter: `${a.ids[0]}.AAAAAAAAAAAAAAAAAAAAAAAA`, voteId: vote.id, choice: "for" },
    });
    expect(forged.statusCode).toBe(404);
    expect(forged.json().code).toBe("vote.voter_unknown");
    const hand = await (await phone(a, { document: a.documentOf(0) })).vote(vote.id, "for");
    expect(hand.statusCode).toBe(409);
    expect(hand.json().code).toBe("vote.not_digital");
  });

  it("a voter token of one assembly does not vote in another", async () => {
    const a = await votingAssembly();
    const other = await open(a, { method: "digital" });
    const b = await registeredAssembly(ctx, 5, 99);
    await checkIn(ctx, b.assemblyId, b.ids);
    const token = (await phone(a, { document: a.documentOf(0) })).identified.json().voter;
    const crossed = await ctx.app.inject({
      method: "PUT",
      url: `/api/public/assemblies/${b.assemblyId}/ballot`,
      payload: { voter: token, voteId: other.id, choice: "for" },
    });
    expect(crossed.statusCode).toBe(404);
  });

  it("opens the live stream of its own assembly only, so the phone follows the plenary without polling", async () => {
    const a = await votingAssembly();
    const b = await registeredAssembly(ctx, 5, 99);
    const token = (await phone(a, { document: a.documentOf(0) })).identified.json().voter as string;
    expect(await liveAccess(ctx.database.db, a.assemblyId, token)).toBe(true);
    expect(await liveAccess(ctx.database.db, b.assemblyId, token)).toBe(false);
    expect(await liveAccess(ctx.database.db, a.assemblyId, `${a.ids[0]}.forjada`)).toBe(false);
  });
});

describe("who runs the votes", () => {
  it("another convenio's operator gets 404; the supervisor reads the votes and gets 403 on writes", async () => {
    const a = await votingAssembly();
    const vote = await open(a, { method: "hand" });
    const stranger = await signIn(ctx, "partner_operator");
    await createAgreement(stranger);
    const supervisor = await signIn(ctx, "supervisor", { agreementId: a.agreementId });
    expect((await stranger.get(`/api/assemblies/${a.assemblyId}/votes`)).statusCode).toBe(404);
    expect(
      (await stranger.post(`/api/votes/${vote.id}/close`, { counts: { for: 1, against: 0, abstain: 0 } }))
        .statusCode,
    ).toBe(404);
    expect((await supervisor.get(`/api/assemblies/${a.assemblyId}/votes`)).json()).toHaveLength(1);
    expect(
      (await supervisor.post(`/api/votes/${vote.id}/close`, { counts: { for: 1, against: 0, abstain: 0 } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await supervisor.post(`/api/assemblies/${a.assemblyId}/votes`, { tableId: null, method: "hand" }))
        .statusCode,
    ).toBe(403);
  });
});
