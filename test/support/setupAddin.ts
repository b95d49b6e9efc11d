// Global setup of the "addin" project: the production bundle, built once for the whole run.
import { buildAddinForTests } from '../build/builtAddin';

export default function setup(): void {
  buildAddinForTests();
}
