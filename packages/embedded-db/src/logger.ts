/**
 * Where this package reports what it is doing. Every line goes to stderr by default because stdout
 * of `pnpm db` and of the launcher is reserved for the one machine-readable `MONGODB_URI=` line.
 */
export type Logger = (message: string) => void;

export const defaultLogger: Logger = (message) => {
  console.error(`[embedded-db] ${message}`);
};
