// Global setup of the "cli" project: the command, compiled once for the whole run.
import { buildCliForTests } from '../cli/builtCli';

export default function setup(): void {
  buildCliForTests();
}
