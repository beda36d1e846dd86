import { UserError } from '../errors.js';

// `--shard i/n`, read where the batch command is declared: the batch itself (child processes,
// hashing) is loaded only when a batch runs, not at every check's start-up.

export interface Shard {
  index: number;
  count: number;
}

/** "2/8" -> shard 2 of 8 (0-based, as a Kubernetes Indexed Job's completion index). */
export function parseShard(v: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2]))
    throw new UserError(`--shard: "${v}" is not i/n with 0 <= i < n (e.g. 0/4)`);
  return { index: Number(m[1]), count: Number(m[2]) };
}
