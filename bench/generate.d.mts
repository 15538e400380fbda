// Types for generate.mjs, which the determinism test also uses.
export const COLUMNS: readonly string[];
export function companyRows(count: number, seed?: number): () => Generator<string[]>;
export function generate(count: number, file: string, seed?: number): Promise<void>;
