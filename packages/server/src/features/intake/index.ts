/** The entry point of the intake feature: what other features use of it. */
export { intakeAttempts } from './intake.model';
