export interface ManifestNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: ReadonlyArray<ManifestNode>;
}
export function parseManifestXml(xmlText: string): Promise<ManifestNode>;
export function checkManifestStructure(xmlText: string): Promise<string[]>;
export function validateManifestSchema(xmlText: string, schemaDir?: string): Promise<{ valid: boolean; errors: string[] }>;
export function withoutRuntimes(xmlText: string): string;
export const SCHEMA_DIR: string;
