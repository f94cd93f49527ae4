import type { FastifySerializerCompiler } from "fastify/types/schema";
import { serializerCompiler } from "fastify-type-provider-zod";
import type { ZodType } from "zod";

/**
 * The zod response serializer (checks every answer against its schema), remembering the JSON of frozen
 * answers. The read cache freezes what it holds and hands the same object to every client until a write
 * drops it, so the hottest answers are checked and stringified once, not once per request; a frozen object
 * cannot change, so its JSON cannot go stale.
 */
export const memoSerializerCompiler: FastifySerializerCompiler<ZodType> = (routeSchema) => {
  const serialize = serializerCompiler(routeSchema);
  const memo = new WeakMap<object, string>();
  return (data) => {
    if (typeof data !== "object" || data === null || !Object.isFrozen(data)) return serialize(data);
    let json = memo.get(data);
    if (json === undefined) {
      json = serialize(data);
      memo.set(data, json);
    }
    return json;
  };
};
