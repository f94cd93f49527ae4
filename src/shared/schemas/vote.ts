import { z } from "zod";
import { MAJORITY_RULES, VOTE_CHOICES } from "../../domain/plenary/quorum";

export const VOTE_METHODS = ["hand", "digital"] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

export const ZQuorumSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("majority") }),
  z.object({
    kind: z.literal("percent"),
    value: z
      .number({ error: "Escriba el porcentaje." })
      .int({ error: "Escriba un porcentaje entero." })
      .min(1, { error: "Mínimo 1 %." })
      .max(100, { error: "Máximo 100 %." }),
  }),
  z.object({
    kind: z.literal("count"),
    value: z
      .number({ error: "Escriba cuántas personas." })
      .int({ error: "Escriba un número entero." })
      .min(1, { error: "Mínimo 1 persona." })
      .max(100_000, { error: "Demasiadas personas." }),
  }),
]);
export type QuorumDto = z.infer<typeof ZQuorumSchema>;

export const ZVoteOpenInputSchema = z.object({
  /** null: the vote on the whole agenda. */
  tableId: z.uuid().nullable(),
  method: z.enum(VOTE_METHODS, { error: "Elija cómo se vota." }),
  quorum: ZQuorumSchema.default({ kind: "majority" }),
  majority: z.enum(MAJORITY_RULES, { error: "Elija la regla de mayoría." }).default("simple"),
});
export type VoteOpenInput = z.infer<typeof ZVoteOpenInputSchema>;

const count = z
  .number({ error: "Escriba un número." })
  .int({ error: "Escriba un número entero." })
  .min(0, { error: "No puede ser negativo." })
  .max(100_000, { error: "Demasiados votos." });

export const ZVoteCountsSchema = z.object({ for: count, against: count, abstain: count });
export type VoteCountsDto = z.infer<typeof ZVoteCountsSchema>;

/** Closing a hand-count vote carries the counts the moderator took; a digital vote counts its ballots. */
export const ZVoteCloseInputSchema = z.object({ counts: ZVoteCountsSchema.optional() });

export const ZVoteResultSchema = z.object({
  participating: z.number(),
  quorumRequired: z.number(),
  quorumMet: z.boolean(),
  outcome: z.enum(["approved", "rejected", "no_quorum"]),
});
export type VoteResultDto = z.infer<typeof ZVoteResultSchema>;

export const ZVoteSchema = z
  .object({
    id: z.uuid(),
    assemblyId: z.uuid(),
    tableId: z.uuid().nullable(),
    /** The table's name; null for the whole agenda. */
    tableName: z.string().nullable(),
    method: z.enum(VOTE_METHODS),
    quorum: ZQuorumSchema,
    majority: z.enum(MAJORITY_RULES),
    /** People checked in when the vote opened. */
    basis: z.number(),
    status: z.enum(["open", "closed"]),
    openedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    /** Live ballots of a digital vote; the result's counts once closed; null for an open hand count. */
    counts: ZVoteCountsSchema.nullable(),
    result: ZVoteResultSchema.nullable(),
  })
  .meta({ id: "Vote" });
export type VoteDto = z.infer<typeof ZVoteSchema>;

// ——— The participant's phone ———

export const ZVoterInputSchema = z
  .object({
    /** What the badge's QR code holds. */
    credential: z.string().trim().max(200).optional(),
    /** The document number as typed. */
    document: z.string().trim().max(30, { error: "Máximo 30 caracteres." }).optional(),
  })
  .refine((v) => Boolean(v.credential || v.document), {
    error: "Escriba su número de documento o escanee su escarapela.",
    path: ["document"],
  });

export const ZVoterSchema = z.object({
  /** Sent back with each ballot; it names the person for this assembly only. */
  voter: z.string(),
  firstNames: z.string(),
});
export type VoterDto = z.infer<typeof ZVoterSchema>;

export const ZBallotInputSchema = z.object({
  voter: z.string().max(300),
  voteId: z.uuid(),
  choice: z.enum(VOTE_CHOICES, { error: "Elija una opción." }),
});

export const ZBallotSchema = z.object({
  voteId: z.uuid(),
  choice: z.enum(VOTE_CHOICES),
  changedAt: z.iso.datetime(),
});
export type BallotDto = z.infer<typeof ZBallotSchema>;

export const ZPublicVoteQuerySchema = z.object({ voter: z.string().max(300).optional() });

/** What the voting page shows: the open vote (or the last one), and this person's ballot in it. */
export const ZPublicVoteSchema = z
  .object({
    assembly: z.object({ id: z.uuid(), name: z.string(), legend: z.string() }),
    vote: z
      .object({
        id: z.uuid(),
        tableName: z.string().nullable(),
        method: z.enum(VOTE_METHODS),
        status: z.enum(["open", "closed"]),
        /** Only once closed. */
        counts: ZVoteCountsSchema.nullable(),
        outcome: ZVoteResultSchema.shape.outcome.nullable(),
      })
      .nullable(),
    ballot: ZBallotSchema.nullable(),
  })
  .meta({ id: "PublicVote" });
export type PublicVoteDto = z.infer<typeof ZPublicVoteSchema>;
