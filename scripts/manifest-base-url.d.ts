export const DEV_BASE_URL: string;
export function rewriteManifestBaseUrl(manifestXml: string, baseUrl: string): string;
