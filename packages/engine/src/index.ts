/**
 * @parley/engine — the public surface. Everything another package may use is exported here.
 */
export {};
